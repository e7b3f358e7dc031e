// Herald('identify', …): the site tells who the visitor is. What the signature vouches for (identity.ts) is the
// visitor's identity; anything unsigned is kept apart as an unverified claim, shown as such and never matched.
import type { Db } from "@/db/client";
import { findLiveVisitor } from "@/db/queries/live-views";
import {
  findLatestConversationOfVisitor,
  findVisitor,
  setVisitorIdentity,
  type VisitorIdentityUpdate,
} from "@/db/queries/visitors";
import { findCurrentVisit } from "@/db/queries/visits";
import { findWorkspace } from "@/db/queries/workspaces";
import { conversationUpdated } from "@/lib/chat/payloads";
import { AppError } from "@/lib/errors";
import { visitorUpdated } from "@/lib/live-views/payload";
import { visitIdentified } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import type { Publication } from "@/lib/realtime/publish";
import {
  checkIdentitySignatureV2,
  identitySecretOf,
  isValidIdentitySignature,
  type V2Check,
} from "./identity";
import type { VisitorRef } from "./visits";

export interface IdentityClaim {
  email?: string; // already trimmed and lower-cased (schemas.ts)
  phone?: string;
  name?: string;
  issuedAt?: number;
  signature?: string;
}

const refusals: Record<Exclude<V2Check, "valid">, string> = {
  mismatch: "The identity signature does not match these fields",
  expired: "The identity signature is more than 24 hours old: sign again on your server",
  from_the_future: "The identity signature's issuedAt is in the future: check your server's clock",
};

// The fields of the claim split into what the signature vouches for and what it does not. A refused signature
// is a 401 and nothing is stored (the loader warns in the console).
async function sortClaim(db: Db, workspaceId: string, claim: IdentityClaim, now: Date) {
  const { email, phone, name, signature } = claim;
  if (!signature) return { verified: {}, unverified: { email, phone, name } };
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new AppError("UNAUTHORIZED", "This workspace no longer exists");
  const secret = await identitySecretOf(db, workspaceId);
  if (workspace.identityVerification === "legacy") {
    if (!email)
      throw new AppError("BAD_REQUEST", "email: a legacy signature signs the email", {
        email: "A legacy signature signs the email",
      });
    if (!isValidIdentitySignature(secret, email, signature)) {
      throw new AppError("UNAUTHORIZED", "The identity signature does not match this email");
    }
    return { verified: { email }, unverified: { phone, name } }; // v1 never signed these
  }
  if (claim.issuedAt === undefined) {
    const message = "Required with a signature: the Unix time in seconds your server signed at";
    throw new AppError("BAD_REQUEST", `issuedAt: ${message}`, { issuedAt: message });
  }
  const check = checkIdentitySignatureV2(
    secret,
    { email, phone, name, issuedAt: claim.issuedAt },
    signature,
    now,
  );
  if (check !== "valid") throw new AppError("UNAUTHORIZED", refusals[check]);
  return { verified: { email, phone, name }, unverified: {} };
}

export async function identifyVisitor(db: Db, visitor: VisitorRef, claim: IdentityClaim, now = new Date()) {
  const { workspaceId, visitorId } = visitor;
  const { verified, unverified } = await sortClaim(db, workspaceId, claim, now);
  const before = await findVisitor(db, workspaceId, visitorId);
  if (!before) throw new AppError("UNAUTHORIZED", "This visitor no longer exists");
  // Verified fields change only when given; the unverified claim is replaced whole by each identify call.
  const update: VisitorIdentityUpdate = {
    ...Object.fromEntries(Object.entries(verified).filter(([, v]) => v !== undefined)),
    unverifiedEmail: unverified.email ?? null,
    unverifiedPhone: unverified.phone ?? null,
    unverifiedName: unverified.name ?? null,
  };
  const isVerified = Boolean(claim.signature);
  const changed = Object.entries(update).some(([k, v]) => before[k as keyof typeof update] !== v);
  // Sites identify on every page load: only a change is written and told to the agent app.
  if (!changed) {
    return {
      visitor: { name: before.name, email: before.email },
      verified: isVerified,
      publications: [],
      notifications: null,
    };
  }
  const { after, notifications } = await db.transaction(async (tx) => {
    const after = await setVisitorIdentity(tx, workspaceId, visitorId, update);
    // Newly known during a visit: Live View notifications (LV1) are decided again for this visit.
    const known = after.email !== before.email || after.phone !== before.phone;
    const visit = known ? await findCurrentVisit(tx, workspaceId, visitorId) : undefined;
    const notifications: RecordedEvent | null = visit
      ? await recordEvent(tx, visitIdentified({ workspaceId, visitorId, visitId: visit.id }, now), now)
      : null;
    return { after, notifications };
  });
  const publications = await identityPublications(db, visitor);
  return {
    visitor: { name: after.name, email: after.email },
    verified: isVerified,
    publications,
    notifications,
  };
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
