// Sends the magic sign-in link: through Resend when configured, otherwise captured (printed to the server log).
import { Resend } from "resend";
import { captureMode, env } from "@/lib/env";

export async function sendMagicLink(to: string, url: string): Promise<void> {
  if (captureMode.email()) {
    console.log(`[capture] magic sign-in link for ${to}: ${url}`);
    return;
  }
  const resend = new Resend(
    env().RESEND_API_KEY,
    env().RESEND_BASE_URL ? { baseUrl: env().RESEND_BASE_URL } : {},
  );
  const { error } = await resend.emails.send({
    from: env().EMAIL_FROM,
    to,
    subject: "Your Herald sign-in link",
    text: `Sign in to Herald:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`,
  });
  // Auth.js shows its error page when this throws: the user learns the email was not sent.
  if (error) throw new Error(`Resend refused the sign-in email: ${error.message}`);
}
