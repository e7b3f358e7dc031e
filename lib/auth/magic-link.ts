// The magic sign-in link email. Auth.js shows its error page when sending throws: the user learns it was not sent.
import { sendAccountEmail } from "./account-email";

export function sendMagicLink(to: string, url: string): Promise<void> {
  return sendAccountEmail({
    what: "magic sign-in link",
    to,
    url,
    subject: "Your Herald sign-in link",
    text: `Sign in to Herald:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`,
  });
}
