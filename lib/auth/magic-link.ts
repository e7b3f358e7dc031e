// Sends the magic sign-in link through the Resend integration, which sends it or, in capture mode, hands it
// back so the link is printed to the server log.
import { sendEmail } from "@/lib/integrations/resend/client";

export async function sendMagicLink(to: string, url: string): Promise<void> {
  const result = await sendEmail(to, {
    subject: "Your Herald sign-in link",
    text: `Sign in to Herald:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`,
  });
  if (result.status === "captured") console.log(`[capture] magic sign-in link for ${to}: ${url}`);
  // Auth.js shows its error page when this throws: the user learns the email was not sent.
  if (result.status === "failed") throw new Error(`Resend refused the sign-in email: ${result.error}`);
}
