// A new known visitor arriving on /demo, and whom Herald told in-app of the visit (LV1, LV2).
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, visitors } from "@/db/schema";
import { recordPageView } from "@/lib/widget/visits";

// Every decision recorded for the visit (sent and suppressed, with reasons).
export async function visitDecisions(db: Db, workspaceId: string, email: string) {
  const [visitor] = await db.insert(visitors).values({ workspaceId, email }).returning();
  if (!visitor) throw new Error("visitor not created");
  const view = await recordPageView(db, { workspaceId, visitorId: visitor.id }, { url: "/demo" });
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.workspaceId, workspaceId), eq(decisions.visitId, view.visitId)));
}

export async function inAppAlertsForVisitor(db: Db, workspaceId: string, email: string): Promise<string[]> {
  const rows = await visitDecisions(db, workspaceId, email);
  return rows
    .filter((d) => d.channel === "in_app" && d.outcome === "send")
    .map((d) => d.recipientUserId ?? "")
    .sort();
}
