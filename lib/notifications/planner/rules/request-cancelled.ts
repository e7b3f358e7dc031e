// IC7: a visitor cancelling a pending chat request tells the group in-app, so the request disappears from
// their queue. Decided: sent to everyone in the group whatever their presence or availability (it removes
// work, it does not interrupt: no toast, no sound), and it lands in the notification center (X4).
import { membersOf, type Rule, send, toUser } from "../context";

export const requestCancelledRule: Rule<"chat_request.cancelled"> = (ctx) => {
  const c = ctx.snapshot.conversation;
  if (!c) return [];
  const ids = c.group ? c.group.memberIds : c.assigneeId ? [c.assigneeId] : [];
  return membersOf(ctx, ids).map((m) =>
    send(ctx, "IC7", toUser(m.userId), "in_app", {
      presentation: { notificationCenter: true, toast: false },
    }),
  );
};
