import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { emailSignInAvailable } from "@/lib/env";

export const metadata: Metadata = { title: "Forgot password" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  if (!emailSignInAvailable()) notFound();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">Forgot your password?</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">We’ll email you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <Link href="/sign-in" className="mt-4 inline-block text-sm text-brand-600 underline underline-offset-2">
        Back to sign in
      </Link>
    </div>
  );
}
