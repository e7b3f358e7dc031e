// Emails about one's own account (a sign-in link, a password reset): through Resend when configured,
// otherwise captured — printed to the server log outside production, never in it (./captured-link.ts).
import { Resend } from "resend";
import { captureMode, env } from "@/lib/env";
import { printCapturedLink } from "./captured-link";

export interface AccountEmail {
  what: string; // "magic sign-in link", for the log and errors
  to: string;
  url: string;
  subject: string;
  text: string;
}

export async function sendAccountEmail(email: AccountEmail): Promise<void> {
  if (captureMode.email()) {
    printCapturedLink(email.what, email.to, email.url);
    return;
  }
  const resend = new Resend(
    env().RESEND_API_KEY,
    env().RESEND_BASE_URL ? { baseUrl: env().RESEND_BASE_URL } : {},
  );
  const { error } = await resend.emails.send({
    from: env().EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
  });
  if (error) throw new Error(`Resend refused the ${email.what} email: ${error.message}`);
}
