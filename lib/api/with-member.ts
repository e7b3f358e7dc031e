// Route handlers declare what they need: `export const POST = withMember(handler, { role: "admin" })`.
// The session cookie authenticates them, so a write must come from our own pages, as JSON (same-origin.ts).
import { type Db, getDb } from "@/db/client";
import type { Member } from "@/db/queries/members";
import type { Role } from "@/db/schema";
import { currentMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { AppError, toResponse } from "@/lib/errors";
import { assertCookieJsonRequest } from "@/lib/http/same-origin";

export interface MemberRequest<P> {
  request: Request;
  member: Member;
  db: Db;
  params: P;
}

export function withMember<P = Record<string, string>>(
  handler: (ctx: MemberRequest<P>) => Promise<Response>,
  options: { role?: Role } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertCookieJsonRequest(request);
      const member = await currentMember();
      if (!member) throw new AppError("UNAUTHORIZED", "Sign in to continue");
      if (!hasRole(member.role, options.role ?? "agent")) {
        throw new AppError("FORBIDDEN", `This needs the ${options.role} role`);
      }
      return await handler({ request, member, db: getDb(), params: await context.params });
    } catch (error) {
      return toResponse(error);
    }
  };
}

export { readJson } from "@/lib/http/read-json";
