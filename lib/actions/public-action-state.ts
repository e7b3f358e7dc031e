// Answers shared by the public actions (sign-in, setup, password reset), which run without a member and so
// without memberAction's wrapper.
import type { z } from "zod";
import { fieldErrorsOf, toAppError } from "@/lib/errors";
import type { ActionState } from "./safe-action";

export const invalidInput = (error: z.ZodError): ActionState => ({
  ok: false,
  error: "Please correct the highlighted fields.",
  fieldErrors: fieldErrorsOf(error),
});

// A domain refusal (AppError, ZodError) becomes the form's message; anything else is a real failure.
export function refusal(error: unknown): ActionState {
  const appError = toAppError(error);
  if (!appError) throw error;
  return { ok: false, error: appError.message, fieldErrors: appError.fieldErrors };
}
