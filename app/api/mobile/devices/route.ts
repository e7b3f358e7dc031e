// POST /api/mobile/devices — the customer's app registers the visitor's push token (FU3, docs/mobile-sdk.md)
// DELETE /api/mobile/devices — the app removes it (sign-out, push turned off)
import { registerVisitorDevice, removeVisitorDevice } from "@/db/queries/visitor-devices";
import { deviceRequest, registerDeviceRequest } from "@/lib/follow-ups/mobile-push/schemas";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";

export const POST = widgetRoute(registerDeviceRequest, async ({ db, workspace, visitorId, input, now }) => {
  const { provider, deviceToken: token, appId, environment } = input;
  const device = await registerVisitorDevice(
    db,
    { workspaceId: workspace.id, visitorId, provider, token, appId, environment },
    now,
  );
  return Response.json({ deviceId: device.id }, { status: 201 });
});

export const DELETE = widgetRoute(deviceRequest, async ({ db, workspace, visitorId, input }) => {
  const { provider, deviceToken: token } = input;
  await removeVisitorDevice(db, { workspaceId: workspace.id, visitorId, provider, token });
  return noContent(); // removing a token that is not there is the same outcome: idempotent
});
export const OPTIONS = preflight;
