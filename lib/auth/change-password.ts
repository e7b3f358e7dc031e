// Changing one's own password: the current one is required (counted like a sign-in attempt), and every other
// session ends because the session version moves on.
import { z } from "zod";
import type { Db } from "@/db/client";
import { findUserById, setPassword } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { checkPasswordAttempt, waitInWords } from "./rate-limit";

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords don’t match",
  });

const WRONG = "That is not your current password.";

export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  ip: string | null,
) {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  const check = await checkPasswordAttempt(db, { email: user.email, ip }, () =>
    verifyPassword(user.passwordHash, input.currentPassword),
  );
  if ("retryAfterSeconds" in check) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many wrong passwords. Try again in ${waitInWords(check.retryAfterSeconds)}.`,
    );
  }
  if (!check.ok) throw new AppError("UNAUTHORIZED", WRONG, { currentPassword: WRONG });
  await setPassword(db, userId, await hashPassword(input.newPassword));
  return { email: user.email };
}
