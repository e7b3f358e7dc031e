// One wrapper for every server action: it authorises by role, validates input with zod and maps errors,
// so an action body receives a member and parsed input and never reads cookies or the session itself. The body
// hands its committed writes' effects to `after`; the wrapper applies them once the body has succeeded.
import type { z } from "zod";
import { type Db, getDb } from "@/db/client";
import type { Member } from "@/db/queries/members";
import type { Role } from "@/db/schema";
import { currentMember } from "@/lib/auth/member";
import { hasRole, roleLabel } from "@/lib/auth/roles";
import { effectsCollector } from "@/lib/effects/apply";
import type { AfterCommit } from "@/lib/effects/effects";
import { type FieldErrors, toAppError } from "@/lib/errors";

export type ActionState<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: FieldErrors };

export interface ActionContext {
  member: Member;
  db: Db;
  after: AfterCommit;
}

// FormData → plain object; keys ending in [] collect every value as an array (checkbox lists).
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key.endsWith("[]")) {
      const k = key.slice(0, -2);
      out[k] = [...((out[k] as unknown[]) ?? []), value];
    } else out[key] = value;
  }
  return out;
}

export function memberAction<S extends z.ZodType, T>(
  options: { schema: S; role?: Role },
  body: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionState<T> | T | undefined>,
) {
  return async (_prev: ActionState<T> | undefined, input: FormData | z.input<S>): Promise<ActionState<T>> => {
    const member = await currentMember();
    if (!member) return { ok: false, error: "Your session has ended: sign in again." };
    const role = options.role ?? "agent";
    if (!hasRole(member.role, role)) {
      return { ok: false, error: `Only ${roleLabel[role].toLowerCase()}s can do this.` };
    }
    const raw = input instanceof FormData ? formToObject(input) : input;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const error = toAppError(parsed.error);
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: error?.fieldErrors };
    }
    try {
      const db = getDb();
      const effects = effectsCollector();
      const result = await body(parsed.data, { member, db, after: effects.after });
      await effects.apply(db);
      if (result && typeof result === "object" && "ok" in result) return result as ActionState<T>;
      return { ok: true, data: result as T | undefined };
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) {
        console.error(error);
        return { ok: false, error: "Something went wrong. Nothing was changed; please try again." };
      }
      return { ok: false, error: appError.message, fieldErrors: appError.fieldErrors };
    }
  };
}
