// What every rule receives, and the two ways it records a decision: send or suppress (with its reason).

import type { EventMap, EventType, HeraldEvent } from "../events/event";
import {
  type Decision,
  type DeliveryChannel,
  idempotencyKey,
  type Presentation,
  type Recipient,
  type RuleId,
  type SuppressionReason,
} from "./decision";
import type { MemberFacts, Snapshot } from "./snapshot";

export interface PlanContext<E extends HeraldEvent = HeraldEvent> {
  event: E;
  snapshot: Snapshot;
  now: Date;
  memberById: ReadonlyMap<string, MemberFacts>;
}

export type Rule<T extends EventType> = (ctx: PlanContext<EventMap[T]>) => Decision[];

export function planContext<E extends HeraldEvent>(event: E, snapshot: Snapshot, now: Date): PlanContext<E> {
  const memberById = new Map<string, MemberFacts>();
  for (const m of snapshot.members) memberById.set(m.userId, m);
  return { event, snapshot, now, memberById };
}

export const toUser = (userId: string): Recipient => ({ kind: "user", userId });
export const toVisitor = (visitorId: string): Recipient => ({ kind: "visitor", visitorId });
export const toSlackChannel = (channelId: string): Recipient => ({ kind: "slack_channel", channelId });
export const toCrmUser = (mappingId: string): Recipient => ({ kind: "crm_user", mappingId });

export interface SendOptions {
  delayMs?: number;
  presentation?: Presentation;
  onceKey?: string;
}

export function send(
  ctx: PlanContext,
  rule: RuleId,
  recipient: Recipient,
  channel: DeliveryChannel,
  options: SendOptions = {},
): Decision {
  const decision: Decision = {
    rule,
    recipient,
    channel,
    outcome: "send",
    reason: "sent",
    sendAt: new Date(ctx.now.getTime() + (options.delayMs ?? 0)),
    idempotencyKey: idempotencyKey(ctx.event.id, recipient, channel),
  };
  if (options.onceKey) decision.onceKey = options.onceKey;
  if (options.presentation) decision.presentation = options.presentation;
  return decision;
}

export function suppress(
  ctx: PlanContext,
  rule: RuleId,
  recipient: Recipient,
  channel: DeliveryChannel,
  reason: SuppressionReason,
): Decision {
  return {
    rule,
    recipient,
    channel,
    outcome: "suppress",
    reason,
    sendAt: ctx.now,
    idempotencyKey: idempotencyKey(ctx.event.id, recipient, channel),
  };
}

// LV5 and its counterparts: an unavailable member is not interrupted.
export const unavailability = (m: MemberFacts): "dnd" | "off_schedule" | null =>
  m.availability === "available" ? null : m.availability;

// Members by id, in the order given, skipping ids that are not (or no longer) members.
export function membersOf(ctx: PlanContext, ids: readonly string[]): MemberFacts[] {
  const found: MemberFacts[] = [];
  for (const id of ids) {
    const m = ctx.memberById.get(id);
    if (m) found.push(m);
  }
  return found;
}

export const supervisorsOf = (ctx: PlanContext) =>
  ctx.snapshot.members.filter((m) => m.role === "supervisor");
