// The invitation email, through the Resend integration: sent, or in capture mode printed to the server log.
import type { Role } from "@/db/schema";
import { printCapturedLink } from "@/lib/auth/captured-link";
import { roleLabel } from "@/lib/auth/roles";
import { sendEmail } from "@/lib/integrations/resend/client";

export type EmailDelivery =
  | { status: "sent" }
  | { status: "captured" }
  | { status: "failed"; reason: string };

export interface InvitationEmail {
  to: string;
  url: string;
  workspaceName: string;
  inviterName: string;
  role: Role;
}

export async function sendInvitationEmail(email: InvitationEmail): Promise<EmailDelivery> {
  const result = await sendEmail(email.to, {
    subject: `${email.inviterName} invited you to ${email.workspaceName} on Herald`,
    text: [
      `${email.inviterName} invited you to join ${email.workspaceName} on Herald as ${roleLabel[email.role].toLowerCase()}.`,
      `Accept the invitation:\n\n${email.url}`,
      "The link expires in 7 days. If you were not expecting it, ignore this email.",
    ].join("\n\n"),
  });
  if (result.status === "captured") {
    printCapturedLink(`invitation to ${email.workspaceName}`, email.to, email.url);
    return { status: "captured" };
  }
  // Failures (network included) are reported, never thrown: the admin still has the link to share.
  return result.status === "failed" ? { status: "failed", reason: result.error } : { status: "sent" };
}
