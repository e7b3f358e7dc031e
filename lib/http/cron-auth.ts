// Vercel Cron calls /api/cron/* with `Authorization: Bearer $CRON_SECRET`. Without a secret the routes are open
// in development only: in production anyone could trigger them.
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export function assertCronRequest(request: Request) {
  if (!isCronRequest(request)) {
    throw new AppError("UNAUTHORIZED", "A valid cron secret is required (set CRON_SECRET)");
  }
}

// Also how an operator asks GET /api/health for its details (backlog, restarts, errors).
export function isCronRequest(request: Request): boolean {
  const secret = env().CRON_SECRET;
  return secret ? isBearer(request.headers.get("authorization"), secret) : env().NODE_ENV !== "production";
}

function isBearer(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
