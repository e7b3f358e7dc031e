import type { Metadata } from "next";
import Link from "next/link";
import { captureMode } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };
// Rendered per request: whether email is in capture mode is the running install's configuration, not the
// build machine's (prerendered, it was decided at `next build`, which failed without production secrets).
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">Check your email</h1>
      <p className="mt-2 text-sm text-slate-600">
        If an account exists for that address, a sign-in link is on its way. It works once and expires in 24
        hours.
      </p>
      {captureMode.email() && (
        <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm text-slate-700">
          Email is in capture mode (no <code className="font-mono">RESEND_API_KEY</code>): the link is printed
          in the server log, on the line starting with <code className="font-mono">[capture]</code>.
        </p>
      )}
      <Link href="/sign-in" className="mt-4 inline-block text-sm text-brand-600 underline underline-offset-2">
        Back to sign in
      </Link>
    </div>
  );
}
