// Who a Slack user is in Herald: the member they are mapped to (by email or by an admin), or nobody. A person
// mapped to nobody may act on nothing from Slack (SK7, SK8, SK9): they get this ephemeral explanation instead.
import type { Db } from "@/db/client";
import { findMember, type Member } from "@/db/queries/members";
import { findUserIdOfSlackUser } from "@/db/queries/slack";

export const UNMAPPED_SLACK_USER_TEXT =
  "Herald did not send this: your Slack account is not linked to a Herald teammate. Ask an admin to map " +
  "you in Herald → Settings → Integrations → Slack (the same email in Slack and Herald maps you automatically).";

export async function memberOfSlackUser(
  db: Db,
  workspaceId: string,
  slackUserId: string,
): Promise<Member | undefined> {
  const userId = await findUserIdOfSlackUser(db, workspaceId, slackUserId);
  return userId ? findMember(db, workspaceId, userId) : undefined;
}
