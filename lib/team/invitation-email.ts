// The invitation email: sent through Resend when configured, otherwise captured (printed to the server log).
import { Resend } from "resend";
import type { Role } from "@/db/schema";
import { printCapturedLink } from "@/lib/auth/captured-link";
import { roleLabel } from "@/lib/auth/roles";
import { captureMode, env } from "@/lib/env";

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
  if (captureMode.email()) {
    printCapturedLink(`invitation to ${email.workspaceName}`, email.to, email.url);
    return { status: "captured" };
  }
  const resend = new Resend(
    env().RESEND_API_KEY,
    env().RESEND_BASE_URL ? { baseUrl: env().RESEND_BASE_URL } : {},
  );
  try {
    const { error } = await resend.emails.send({
      from: env().EMAIL_FROM,
      to: email.to,
      subject: `${email.inviterName} invited you to ${email.workspaceName} on Herald`,
      text: [
        `${email.inviterName} invited you to join ${email.workspaceName} on Herald as ${roleLabel[email.role].toLowerCase()}.`,
        `Accept the invitation:\n\n${email.url}`,
        "The link expires in 7 days. If you were not expecting it, ignore this email.",
      ].join("\n\n"),
    });
    return error ? { status: "failed", reason: error.message } : { status: "sent" };
  } catch (error) {
    // Network failures are reported like provider refusals: the admin still has the link to share.
    return { status: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}
