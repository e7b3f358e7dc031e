// Capture mode prints sign-in, reset and invitation links to the server log so development needs no email
// provider. A production log is read by more people and kept longer: there a link is never printed.
import { env } from "@/lib/env";

export function printCapturedLink(what: string, to: string, url: string) {
  if (env().NODE_ENV === "production") {
    console.log(`[capture] ${what} for ${to} not sent and not printed: set RESEND_API_KEY to send email.`);
    return;
  }
  console.log(`[capture] ${what} for ${to}: ${url}`);
}
