"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

// The link is shown once (only its hash is stored), so copying it must be easy.
export function InviteLink({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    input.current?.select();
    // The Clipboard API exists only in secure contexts; the selected text is the fallback.
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="invite-link" className="text-sm font-medium text-slate-700">
        Invite link
      </label>
      <div className="flex gap-2">
        <input
          id="invite-link"
          ref={input}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
        />
        <Button variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p role="status" className="text-xs text-slate-500">
        {copied ? "Copied." : ""}
      </p>
    </div>
  );
}
