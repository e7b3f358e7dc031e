// POST /api/webhooks/resend (FU8, X3, FU9): Resend's Svix-signed webhooks, checked on the raw body, each applied
// once (svix-id). `email.received` is a visitor's reply to a follow-up: its body is fetched from Resend, the
// quoted history and signature stripped, and it is posted as a visitor message through the same domain function
// as the widget's. Delivery receipts update the delivery they are about, never backwards; a hard bounce or a
// complaint stops email to that visitor (FU9).

import { eq } from "drizzle-orm";
import type { Resend } from "resend";
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  applyReceipt,
  findConversationByReplyToken,
  findDeliveryByProviderId,
  markVisitorEmail,
  markWebhookSeen,
} from "@/db/queries/follow-ups";
import { decisions } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import type { Effects } from "@/lib/effects/effects";
import { verifyWebhook } from "@/lib/integrations/resend/webhook-signature";
import { replyTokenIn } from "./continue-link";
import { stripReply } from "./strip-reply";

const eventSchema = z.object({
  type: z.string(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.array(z.string()).optional(),
      received_for: z.array(z.string()).optional(),
      from: z.string().optional(),
      attachments: z.array(z.object({ filename: z.string().optional() }).loose()).optional(),
      tags: z.record(z.string(), z.string()).optional(),
      bounce: z.object({ type: z.string().optional(), message: z.string().optional() }).loose().optional(),
    })
    .loose(),
});

export interface WebhookOutcome {
  status: number;
  body: { ok: boolean; result: string };
  effects: Effects[];
}

export interface WebhookDeps {
  secret: string;
  resend: Pick<Resend, "emails">;
  log?: (message: string) => void;
  now?: Date;
}

const answer = (status: number, result: string, effects: Effects[] = []): WebhookOutcome => ({
  status,
  body: { ok: status < 400, result },
  effects,
});

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export async function handleResendWebhook(db: Db, headers: Headers, raw: string, deps: WebhookDeps) {
  const log = deps.log ?? ((m: string) => console.warn(`[resend webhook] ${m}`));
  const now = deps.now ?? new Date();
  const check = verifyWebhook(deps.secret, headers, raw, now.getTime());
  if (!check.ok) {
    log(`refused: ${check.why}`);
    return answer(401, "invalid signature");
  }
  const json = parseJson(raw); // a signed body that is not JSON is the sender's error: a 400, never a 500
  if (json === undefined) return answer(400, "body: not JSON");
  const parsed = eventSchema.safeParse(json);
  if (!parsed.success) return answer(400, "not a Resend event");
  const event = parsed.data;
  const seenId = `resend:${check.id}`;
  if (event.type === "email.received") return received(db, event.data, seenId, deps, log, now);
  const receipt = receipts[event.type];
  if (!receipt) return answer(200, "ignored");
  return db.transaction(async (tx) => {
    if (!(await markWebhookSeen(tx, seenId))) return answer(200, "duplicate");
    const delivery = event.data.email_id
      ? await findDeliveryByProviderId(tx, event.data.email_id)
      : undefined;
    if (!delivery) return answer(200, "no such delivery");
    const bounce = event.data.bounce;
    const hard = event.type === "email.bounced" && bounce?.type !== "Transient";
    const failed = hard ? `bounced: ${bounce?.message ?? "permanent"}` : null;
    const changed = await applyReceipt(tx, delivery.id, { providerStatus: receipt, failed });
    const [decision] = await tx.select().from(decisions).where(eq(decisions.id, delivery.decisionId));
    const visitorId = decision?.recipientVisitorId;
    if (visitorId && (hard || event.type === "email.complained")) {
      await markVisitorEmail(tx, {
        workspaceId: delivery.workspaceId,
        visitorId,
        status: hard ? "undeliverable" : "complained",
        reason: hard ? (bounce?.message ?? "hard bounce") : "marked as spam",
      });
    }
    return answer(200, changed ? receipt : "older than what we know");
  });
}

// Resend's event → what the delivery's provider status becomes (a transient bounce is a delay).
const receipts: Record<string, string> = {
  "email.delivered": "delivered",
  "email.delivery_delayed": "delivery_delayed",
  "email.bounced": "bounced",
  "email.complained": "complained",
};

async function received(
  db: Db,
  data: z.infer<typeof eventSchema>["data"],
  seenId: string,
  deps: WebhookDeps,
  log: (m: string) => void,
  now: Date,
) {
  const addresses = [...(data.received_for ?? []), ...(data.to ?? [])];
  const token = addresses.map((a) => replyTokenIn(a)).find((t) => t !== null);
  const target = token ? await findConversationByReplyToken(db, token) : undefined;
  if (!target) {
    log(`refused inbound email ${data.email_id ?? "?"} to ${addresses.join(", ")}: unknown reply token`);
    return answer(200, "unknown reply token");
  }
  if (!data.email_id) return answer(400, "no email_id");
  const { data: email, error } = await deps.resend.emails.receiving.get(data.email_id);
  if (error || !email) {
    log(`could not fetch inbound email ${data.email_id}: ${error?.message ?? "empty"}`);
    return answer(502, "could not fetch the email"); // Resend retries
  }
  const attachments = email.attachments?.length ?? data.attachments?.length ?? 0;
  const words = stripReply(email.text ?? "");
  const note = attachments ? `(${attachments} attachment${attachments > 1 ? "s" : ""} not shown)` : "";
  const body = [words, note].filter(Boolean).join("\n\n");
  if (!body) return answer(200, "empty reply");
  return db.transaction(async (tx) => {
    if (!(await markWebhookSeen(tx, seenId))) return answer(200, "duplicate");
    const posted = await postVisitorMessage(
      tx,
      { workspaceId: target.workspaceId, visitorId: target.visitorId, body, channel: "email" },
      now,
    );
    return answer(200, "posted", [
      { publications: posted.publications, notifications: posted.notifications },
    ]);
  });
}
