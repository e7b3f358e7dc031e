// X4 for issue 13's "failures are visible": a CRM that refused its credentials tells every admin, in-app (toast
// and notification center), once per episode: the sync records the event only when it flips the connection
// to "needs reconnect", so the next failing page or nightly run finds it flipped already and says nothing.
import { type Rule, send, toUser } from "../context";

export const crmReconnectRule: Rule<"crm.needs_reconnect"> = (ctx) =>
  ctx.snapshot.members
    .filter((m) => m.role === "admin")
    .map((admin) =>
      send(ctx, "X4", toUser(admin.userId), "in_app", {
        presentation: { notificationCenter: true, toast: true },
      }),
    );
