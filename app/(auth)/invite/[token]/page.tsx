import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { getDb } from "@/db/client";
import { roleLabel } from "@/lib/auth/roles";
import { checkInvitation, invitationProblemMessage } from "@/lib/team/invitation-status";

export const metadata: Metadata = { title: "Join your team" };

const problemTitle = {
  invalid: "Invitation not valid",
  expired: "Invitation expired",
  used: "Invitation already used",
} as const;

// Public: the token in the URL is the permission to join.
export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const check = await checkInvitation(getDb(), token);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {check.state === "valid" ? (
        <>
          <h1 className="text-xl font-semibold">Join {check.workspaceName}</h1>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            You’re invited as {roleLabel[check.invitation.role].toLowerCase()}.{" "}
            {check.hasAccount ? "Enter your Herald password to join." : "Create your account to join."}
          </p>
          <AcceptInvitationForm
            token={token}
            email={check.invitation.email}
            workspaceName={check.workspaceName}
            hasAccount={check.hasAccount}
          />
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold">{problemTitle[check.state]}</h1>
          <p className="mt-2 text-sm text-slate-700">{invitationProblemMessage[check.state]}</p>
          <Link
            href="/sign-in"
            className="mt-4 inline-block text-sm text-brand-600 underline underline-offset-2"
          >
            Go to sign in
          </Link>
        </>
      )}
    </div>
  );
}
