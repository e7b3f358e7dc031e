import type { Db } from "@/db/client";
import { listPushDevices } from "@/db/queries/push-subscriptions";
import { RemoveDeviceButton } from "./remove-device-button";

// IC2: where this member's push goes: phones with Herald installed (mobile push) and browsers (web push).
export async function YourDevices({ db, owner }: { db: Db; owner: { workspaceId: string; userId: string } }) {
  const devices = await listPushDevices(db, owner);
  if (devices.length === 0)
    return (
      <p className="text-sm text-slate-500">
        No device yet. Turn on push above; on a phone, add Herald to the home screen and turn it on there for
        mobile push.
      </p>
    );
  return (
    <ul className="flex flex-col divide-y divide-slate-100" aria-label="Your devices">
      {devices.map((d) => {
        const label = d.label ?? (d.device === "mobile" ? "Phone" : "Browser");
        return (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div>
              <p className="text-sm font-medium text-slate-800">{label}</p>
              <p className="text-xs text-slate-500">
                {d.device === "mobile" ? "Mobile push" : "Web push"} · added{" "}
                {d.createdAt.toISOString().slice(0, 10)}
                {d.deadAt && <> · no longer reachable ({d.deadReason})</>}
              </p>
            </div>
            <RemoveDeviceButton id={d.id} label={label} />
          </li>
        );
      })}
    </ul>
  );
}
