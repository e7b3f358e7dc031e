// In-memory token buckets for the widget API: per visitor, per IP and per workspace. Memory only, so each
// server instance counts on its own; that bounds abuse (the aim) without a database write on the hot path.
import { AppError } from "@/lib/errors";

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number; // when `tokens` was last computed
}

// `limit` calls per `windowMs`, refilled continuously: a burst of `limit` at once, then limit/window.
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    this.perMs = limit / windowMs;
  }

  take(key: string, now = Date.now()): RateDecision {
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    const tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * this.perMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return { ok: true };
  }

  get size(): number {
    return this.buckets.size;
  }

  // Once per window, forget buckets that have refilled: they are the same as no bucket, and keeping them
  // would let the map grow with every visitor and IP ever seen.
  private sweep(now: number) {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.limit) this.buckets.delete(key);
    }
  }
}

const MINUTE = 60_000;

// What each widget call may cost. A visitor's loader beats every 15 s (4/min) plus once per visibility change.
export const widgetLimits = {
  perIp: new RateLimiter(600, MINUTE), // every call; many visitors can share an office IP
  newVisitorPerIp: new RateLimiter(60, MINUTE), // sessions without a token create a visitor row
  perVisitor: new RateLimiter(120, MINUTE), // every call of one visitor
  heartbeatPerVisitor: new RateLimiter(30, MINUTE),
  messagePerVisitor: new RateLimiter(20, MINUTE),
  identifyPerVisitor: new RateLimiter(10, MINUTE),
  // Per workspace, whatever the IP (a client rotating addresses): every new conversation notifies a group, and
  // every new visitor is a row. Well above a busy site's minute, far below a flood's.
  newVisitorPerWorkspace: new RateLimiter(600, MINUTE),
  newConversationPerWorkspace: new RateLimiter(60, MINUTE),
} as const;

export type WidgetLimit = keyof typeof widgetLimits;

// A 429 with Retry-After (lib/widget/handler.ts sets the header).
export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", `Too many requests: try again in ${retryAfterSeconds} s`);
  }
}

export function takeLimits(limits: WidgetLimit[], key: string) {
  for (const name of limits) {
    const decision = widgetLimits[name].take(key);
    if (!decision.ok) throw new RateLimited(decision.retryAfterSeconds);
  }
}
