// Development only: the simulated phone of the push sandbox `npm run dev` starts. "Install the app" registers the
// phone for a visitor through the mobile API; follow-up pushes then land here; "Acknowledge" sends the app's
// receipt (the email does not follow), or wait 30 s and watch the email reach the sandbox mailbox.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import {
  listAcknowledgedDeliveries,
  listDevicesByToken,
  listVisitorsInOpenConversations,
} from "@/db/queries/sandbox-phone";
import { requireMember } from "@/lib/auth/member";
import { type PushSandboxState, pushSandboxUrl } from "@/lib/integrations/push-sandbox";

export const metadata: Metadata = { title: "Sandbox app device" };
export const dynamic = "force-dynamic";

const button = "rounded bg-brand-600 px-3 py-1.5 text-sm text-white";
const uuid = /^[0-9a-f-]{36}$/;

export default async function SandboxDevicePage({ searchParams }: PageProps<"/settings/follow-ups/device">) {
  const admin = await requireMember("admin");
  const base = pushSandboxUrl();
  if (!base) notFound();
  const { note } = await searchParams;
  const db = getDb();
  const state = (await (
    await fetch(`${base}/sandbox/state`, { cache: "no-store" })
  ).json()) as PushSandboxState;
  const { fcmToken, apnsToken } = state.phone;
  const devices = await listDevicesByToken(db, admin.workspaceId, [fcmToken, apnsToken]);
  const visitors = await listVisitorsInOpenConversations(db, admin.workspaceId);
  const pushes = [...state.pushes].reverse();
  const acknowledged = await listAcknowledgedDeliveries(
    db,
    admin.workspaceId,
    pushes.map((p) => p.data.herald_delivery_id ?? "").filter((id) => uuid.test(id)),
  );
  const apps = [
    { provider: "fcm", label: "Android app (FCM)", token: fcmToken },
    { provider: "apns", label: "iOS app (APNs)", token: apnsToken },
  ] as const;
  return (
    <>
      <PageHeader
        title="Sandbox app device (mobile push)"
        description="A simulated phone with your app installed, reached through the local FCM and APNs."
      />
      {typeof note === "string" && (
        <p role="status" className="mb-4 text-sm text-green-700">
          {note}
        </p>
      )}
      <div className="flex flex-col gap-6">
        <Card title="The app on this phone">
          <p className="mb-3 text-xs text-slate-500">
            Save the sandbox’s credentials on{" "}
            <Link href="/settings/follow-ups" className="underline">
              Follow-ups
            </Link>{" "}
            first. Then install the app for a visitor who is chatting, let them leave with your reply unread.
          </p>
          {apps.map((app) => {
            const device = devices.find((d) => d.token === app.token);
            const uninstalled = state.uninstalled.includes(app.token);
            return (
              <form
                key={app.provider}
                method="post"
                action="/settings/follow-ups/device/act"
                className="mb-3 flex flex-wrap items-end gap-2"
              >
                <input type="hidden" name="provider" value={app.provider} />
                <input type="hidden" name="deviceToken" value={app.token} />
                <span className="w-40 text-sm font-medium text-slate-800">{app.label}</span>
                <label className="text-sm text-slate-700">
                  Visitor{" "}
                  <select
                    name="visitorId"
                    className="rounded border border-slate-300 p-1 text-sm"
                    defaultValue={device?.visitorId}
                  >
                    {visitors.map((v) => (
                      <option key={v.visitorId} value={v.visitorId}>
                        {v.name ??
                          v.unverifiedName ??
                          v.email ??
                          v.unverifiedEmail ??
                          `Visitor ${v.visitorId.slice(0, 8)}`}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="submit"
                  name="action"
                  value="install"
                  className={button}
                  disabled={visitors.length === 0}
                >
                  Install the app for this visitor
                </button>
                <button
                  type="submit"
                  name="action"
                  value={uninstalled ? "reinstall" : "uninstall"}
                  className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                >
                  {uninstalled ? "Reinstall (token valid again)" : "Uninstall (token becomes dead)"}
                </button>
                <span className="text-xs text-slate-500">
                  {device ? (device.deadAt ? `Dead: ${device.deadReason}` : "Registered") : "Not registered"}
                </span>
              </form>
            );
          })}
        </Card>
        <Card title={`Notifications (${pushes.length})`}>
          {pushes.length === 0 && <p className="text-sm text-slate-500">No push yet.</p>}
          <ul className="flex flex-col gap-3">
            {pushes.map((p) => {
              const deliveryId = p.data.herald_delivery_id ?? "";
              return (
                <li key={`${p.receivedAt}-${deliveryId}`} className="rounded border border-slate-200 p-3">
                  <p className="text-sm font-semibold text-slate-900">{p.title}</p>
                  <p className="text-sm text-slate-700">{p.body}</p>
                  <p className="text-xs text-slate-500">
                    {p.provider.toUpperCase()} · {p.receivedAt.slice(11, 19)} UTC
                    {p.data.url && <> · opens {p.data.url}</>}
                  </p>
                  {uuid.test(deliveryId) &&
                    (acknowledged.has(deliveryId) ? (
                      <p className="mt-2 text-xs text-green-700">Acknowledged: no email follows.</p>
                    ) : (
                      <form method="post" action="/settings/follow-ups/device/act" className="mt-2">
                        <input type="hidden" name="deliveryId" value={deliveryId} />
                        <input type="hidden" name="deviceToken" value={p.token} />
                        <button type="submit" name="action" value="acknowledge" className={button}>
                          Acknowledge
                        </button>
                      </form>
                    ))}
                </li>
              );
            })}
          </ul>
        </Card>
      </div>
    </>
  );
}
