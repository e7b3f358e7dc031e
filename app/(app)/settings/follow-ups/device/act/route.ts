// POST /settings/follow-ups/device/act — the sandbox phone's buttons (development only). "Install" and
// "Acknowledge" call Herald's own mobile API route handlers with the visitor's token, exactly as the customer's
// app would over HTTP; "Uninstall" makes the sandbox providers answer as for an uninstalled app.
import { POST as registerDevice } from "@/app/api/mobile/devices/route";
import { POST as acknowledgePush } from "@/app/api/mobile/push-receipts/route";
import { getDb } from "@/db/client";
import { findVisitorDeviceByToken } from "@/db/queries/visitor-devices";
import { findWorkspace } from "@/db/queries/workspaces";
import { requireMember } from "@/lib/auth/member";
import { pushSandboxUrl, SANDBOX_BUNDLE_ID } from "@/lib/integrations/push-sandbox";
import { signVisitorToken } from "@/lib/widget/visitor-token";

export async function POST(request: Request) {
  const admin = await requireMember("admin");
  const base = pushSandboxUrl();
  const workspace = await findWorkspace(getDb(), admin.workspaceId);
  if (!base || !workspace) return new Response("Not found", { status: 404 });
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const asApp = (path: string, visitorId: string, body: Record<string, string>) =>
    new Request(new URL(path, request.url), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${signVisitorToken(workspace, visitorId)}`,
      },
      body: JSON.stringify({ key: workspace.publicKey, ...body }),
    });
  const back = (note: string) =>
    Response.redirect(
      new URL(`/settings/follow-ups/device?note=${encodeURIComponent(note)}`, request.url),
      303,
    );

  if (field("action") === "install") {
    const res = await registerDevice(
      asApp("/api/mobile/devices", field("visitorId"), {
        provider: field("provider"),
        deviceToken: field("deviceToken"),
        appId: SANDBOX_BUNDLE_ID,
      }),
    );
    return back(res.ok ? "The app registered this phone for the visitor." : `Refused (${res.status}).`);
  }
  if (field("action") === "acknowledge") {
    const device = await findVisitorDeviceByToken(getDb(), workspace.id, field("deviceToken"));
    if (!device) return back("No visitor has this phone registered.");
    const res = await acknowledgePush(
      asApp("/api/mobile/push-receipts", device.visitorId, { deliveryId: field("deliveryId") }),
    );
    return back(res.ok ? "Receipt sent: the email will not follow." : `Refused (${res.status}).`);
  }
  if (field("action") === "uninstall" || field("action") === "reinstall") {
    await fetch(`${base}/sandbox/uninstall`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: field("deviceToken"), uninstalled: field("action") === "uninstall" }),
    });
    return back(field("action") === "uninstall" ? "The app is uninstalled." : "The app is installed again.");
  }
  return back("Unknown action.");
}
