import type { Metadata } from "next";
import { DndSetting } from "@/components/settings/availability/dnd-setting";
import { ScheduleEditor } from "@/components/settings/availability/schedule-editor";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findSchedule } from "@/db/queries/availability";
import { requireMember } from "@/lib/auth/member";
import { effectiveStatus } from "@/lib/availability/effective-status";
import { formatMinutes } from "@/lib/availability/schedule-input";
import { statusLabel } from "@/lib/availability/status-label";
import { supportedTimeZones } from "@/lib/time/time-zones";

export const metadata: Metadata = { title: "Availability" };

export default async function AvailabilityPage() {
  const member = await requireMember();
  const schedule = await findSchedule(getDb(), member.workspaceId, member.userId);
  const zones = supportedTimeZones();
  const timeZones = zones.includes(member.timeZone) ? zones : [member.timeZone, ...zones];
  const now = new Date();
  const currentLabel = statusLabel(effectiveStatus(member, now), member.timeZone, now);
  const intervals = (schedule?.intervals ?? []).map((i) => ({
    weekday: i.weekday,
    start: formatMinutes(i.start),
    end: formatMinutes(i.end),
  }));
  return (
    <div className="flex flex-col gap-6">
      <Card
        title="Weekly schedule"
        description="When you are available, in your own time zone. Outside these hours you get no Live View notifications and no Slack DMs for your accounts; teammates who are available get the chats instead."
      >
        <ScheduleEditor
          timeZone={member.timeZone}
          timeZones={timeZones}
          enabled={schedule?.enabled ?? false}
          intervals={intervals}
        />
      </Card>
      <Card
        title="Do Not Disturb"
        description="Holds back your notifications until it ends, inside your schedule too. It always wins over the schedule."
      >
        <DndSetting currentLabel={currentLabel} />
      </Card>
    </div>
  );
}
