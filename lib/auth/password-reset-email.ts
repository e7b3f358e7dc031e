// The "Forgot password?" email, beside the magic sign-in link's.
import { sendAccountEmail } from "./account-email";

export function sendPasswordResetLink(to: string, url: string): Promise<void> {
  return sendAccountEmail({
    what: "password reset link",
    to,
    url,
    subject: "Reset your Herald password",
    text: `Choose a new Herald password:\n\n${url}\n\nThe link works once and expires in 30 minutes. If you did not ask for it, ignore this email: your password stays as it is.`,
  });
}
