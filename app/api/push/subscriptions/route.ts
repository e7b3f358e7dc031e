import { removePushSubscription, savePushSubscription } from "@/db/queries/push-subscriptions";
import { readJson, withMember } from "@/lib/api/with-member";
import { pushSubscriptionInput, pushUnsubscribeInput } from "@/lib/push/subscription-input";

// POST /api/push/subscriptions — this browser subscribed to web push for the signed-in member (IC2: a phone's
// installed PWA says device "mobile")
export const POST = withMember(async ({ request, member, db }) => {
  const input = pushSubscriptionInput.parse(await readJson(request));
  const { endpoint, keys, device, label } = input;
  await savePushSubscription(
    db,
    { workspaceId: member.workspaceId, userId: member.userId },
    { endpoint, ...keys, device, label },
  );
  return new Response(null, { status: 204 });
});

// DELETE /api/push/subscriptions — this browser unsubscribed (body: { endpoint })
export const DELETE = withMember(async ({ request, member, db }) => {
  const { endpoint } = pushUnsubscribeInput.parse(await readJson(request));
  await removePushSubscription(db, { workspaceId: member.workspaceId, userId: member.userId }, endpoint);
  return new Response(null, { status: 204 });
});
