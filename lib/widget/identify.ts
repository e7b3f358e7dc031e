// Herald('identify', …): the site tells who the visitor is, signed with the workspace identity secret.
import type { Db } from "@/db/client";
import { findLiveVisitor } from "@/db/queries/live-views";
import { findLatestConversationOfVisitor, findVisitor, setVisitorIdentity } from "@/db/queries/visitors";
import { findCurrentVisit } from "@/db/queries/visits";
import { conversationUpdated } from "@/lib/chat/payloads";
import { AppError } from "@/lib/errors";
import { visitorUpdated } from "@/lib/live-views/payload";
import { visitIdentified } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import type { Publication } from "@/lib/realtime/publish";
import { canonicalEmail, identitySecretOf, isValidIdentitySignature } from "./identity";
import type { VisitorRef } from "./visits";

export interface IdentityClaim {
  email: string;
  phone?: string;
  name?: string;
  signature?: string;
}

export async function identifyVisitor(db: Db, visitor: VisitorRef, claim: IdentityClaim) {
  const { workspaceId, visitorId } = visitor;
  const secret = await identitySecretOf(db, workspaceId);
  // Wrong or missing: nothing is stored, the visitor stays anonymous (the loader warns in the console).
  if (!isValidIdentitySignature(secret, claim.email, claim.signature)) {
    throw new AppError("UNAUTHORIZED", "The identity signature does not match this email");
  }
  const before = await findVisitor(db, workspaceId, visitorId);
  if (!before) throw new AppError("UNAUTHORIZED", "This visitor no longer exists");
  const identity = { email: canonicalEmail(claim.email), phone: claim.phone, name: claim.name };
  const changed =
    before.email !== identity.email ||
    (identity.phone !== undefined && identity.phone !== before.phone) ||
    (identity.name !== undefined && identity.name !== before.name);
  // Sites identify on every page load: only a change is written and told to the agent app.
  if (!changed)
    return { visitor: { name: before.name, email: before.email }, publications: [], notifications: null };
  const now = new Date();
  const { after, notifications } = await db.transaction(async (tx) => {
    const after = await setVisitorIdentity(tx, workspaceId, visitorId, identity);
    // Newly known during a visit: Live View notifications (LV1) are decided again for this visit.
    const visit =
      before.email !== identity.email ? await findCurrentVisit(tx, workspaceId, visitorId) : undefined;
    const notifications: RecordedEvent | null = visit
      ? await recordEvent(tx, visitIdentified({ workspaceId, visitorId, visitId: visit.id }, now), now)
      : null;
    return { after, notifications };
  });
  const publications = await identityPublications(db, visitor);
  return { visitor: { name: after.name, email: after.email }, publications, notifications };
}

// Live Views (the visitor's row) and the inbox (their conversation's row) show the name and email.
async function identityPublications(db: Db, { workspaceId, visitorId }: VisitorRef) {
  const out: Publication[] = [];
  const visit = await findCurrentVisit(db, workspaceId, visitorId);
  const row = visit && (await findLiveVisitor(db, workspaceId, visit.id));
  if (row) out.push(visitorUpdated(workspaceId, row));
  const conversation = await findLatestConversationOfVisitor(db, workspaceId, visitorId);
  if (conversation) out.push(...(await conversationUpdated(db, workspaceId, conversation.id)));
  return out;
}
