// POST /api/mobile/push-receipts — the app got a follow-up push (FU3): the waiting email and text are cancelled
import { recordPushReceipt } from "@/db/queries/visitor-devices";
import { AppError } from "@/lib/errors";
import { pushReceiptRequest } from "@/lib/follow-ups/mobile-push/schemas";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";

export const POST = widgetRoute(pushReceiptRequest, async ({ db, workspace, visitorId, input, now }) => {
  const recorded = await recordPushReceipt(
    db,
    { workspaceId: workspace.id, visitorId, deliveryId: input.deliveryId },
    now,
  );
  if (recorded === "unknown")
    throw new AppError("NOT_FOUND", "No push with this delivery id was sent to this visitor");
  return noContent();
});
export const OPTIONS = preflight;
