import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { getDb } from "@/db/client";
import { isPasswordResetUsable, RESET_LINK_GONE } from "@/lib/auth/password-reset";

export const metadata: Metadata = { title: "Choose a new password" };

// Public: the token in the URL is the permission (checked again when the form is sent).
export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const usable = await isPasswordResetUsable(getDb(), token);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mt-1 mb-4 text-sm text-slate-600">
            Every device signed in to your account will be signed out.
          </p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-600">{RESET_LINK_GONE}</p>
          <Link
            href="/forgot-password"
            className="mt-4 inline-block text-sm text-brand-600 underline underline-offset-2"
          >
            Ask for a new link
          </Link>
        </>
      )}
    </div>
  );
}
