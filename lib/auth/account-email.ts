// Emails about one's own account (a sign-in link, a password reset): through the Resend integration, or in
// capture mode printed to the server log outside production, never in it (./captured-link.ts).
import { sendEmail } from "@/lib/integrations/resend/client";
import { printCapturedLink } from "./captured-link";

export interface AccountEmail {
  what: string; // "magic sign-in link", for the log and errors
  to: string;
  url: string;
  subject: string;
  text: string;
}

export async function sendAccountEmail(email: AccountEmail): Promise<void> {
  const result = await sendEmail(email.to, { subject: email.subject, text: email.text });
  if (result.status === "captured") printCapturedLink(email.what, email.to, email.url);
  if (result.status === "failed") throw new Error(`Resend refused the ${email.what} email: ${result.error}`);
}
