// POST /api/widget/session — the loader starts a visitor session: a new visitor, or the one its token names

import { preflight, widgetRoute } from "@/lib/widget/handler";
import { sessionRequest } from "@/lib/widget/schemas";
import { startSession } from "@/lib/widget/session";

export const POST = widgetRoute(
  sessionRequest,
  async ({ db, workspace, visitorId }) => Response.json(await startSession(db, workspace.id, visitorId)),
  { visitor: "optional" },
);
export const OPTIONS = preflight;
