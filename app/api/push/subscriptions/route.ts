import { readJson, withMember } from "@/lib/api/with-member";
import {
  pushSubscriptionInput,
  pushUnsubscribeInput,
  removePushSubscription,
  savePushSubscription,
} from "@/lib/push/subscriptions";

// POST /api/push/subscriptions — this browser subscribed to web push for the signed-in member
export const POST = withMember(async ({ request, member, db }) => {
  const input = pushSubscriptionInput.parse(await readJson(request));
  await savePushSubscription(db, { workspaceId: member.workspaceId, userId: member.userId }, input);
  return new Response(null, { status: 204 });
});

// DELETE /api/push/subscriptions — this browser unsubscribed (body: { endpoint })
export const DELETE = withMember(async ({ request, member, db }) => {
  const { endpoint } = pushUnsubscribeInput.parse(await readJson(request));
  await removePushSubscription(db, member.userId, endpoint);
  return new Response(null, { status: 204 });
});
