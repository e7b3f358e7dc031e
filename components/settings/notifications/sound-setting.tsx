"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { setMyNotificationToggle } from "@/lib/actions/set-my-notification-toggle";
import { playTone, unlockAudio } from "@/lib/sound/tone";
import { ToggleSetting } from "./toggle-setting";

// Sound on/off, and a test chime; the click also unlocks audio, which browsers keep locked until a gesture.
export function SoundSetting({ enabled }: { enabled: boolean }) {
  const [note, setNote] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <ToggleSetting
        label="Play a sound"
        description="A short chime with a new notification, in the app and with browser notifications."
        enabled={enabled}
        save={(on) => setMyNotificationToggle(undefined, { setting: "sound", enabled: on })}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={async () => {
            const unlocked = await unlockAudio();
            setNote(unlocked && playTone() ? "Played." : "This browser blocks sound from this page.");
          }}
        >
          Play test sound
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {note}
        </p>
      </div>
    </div>
  );
}
