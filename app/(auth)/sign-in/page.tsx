import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForms } from "@/components/auth/sign-in-forms";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { DEMO_PASSWORD, demoUsers } from "@/db/seed";
import { currentMember } from "@/lib/auth/member";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { emailSignInAvailable } from "@/lib/env";
import { needsSetup } from "@/lib/setup/token";

export const metadata: Metadata = { title: "Sign in" };

const errors: Record<string, string> = {
  AccessDenied:
    "There is no Herald account for that email. Ask an admin of your workspace for an invitation.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
};

const notices: Record<string, string> = {
  "setup-done": "Your workspace is ready. Sign in with the email and password you just chose.",
  "password-reset": "Your password was changed. Sign in with the new one.",
  "signed-out-everywhere": "You were signed out on every device.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(
    typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  );
  if (await needsSetup(getDb())) redirect("/setup");
  if (await currentMember()) redirect(callbackUrl);
  const error =
    typeof params.error === "string" ? (errors[params.error] ?? "Sign-in failed. Try again.") : null;
  const notice = typeof params.notice === "string" ? notices[params.notice] : undefined;
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">Sign in to Herald</h1>
        {error && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="success">{notice}</Alert>}
        <SignInForms callbackUrl={callbackUrl} emailSignIn={emailSignInAvailable()} />
      </div>
      {process.env.NODE_ENV === "development" && (
        <aside
          aria-label="Demo sign-in"
          className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm"
        >
          <p className="font-medium text-amber-900">Demo workspace (development only)</p>
          <p className="mt-1 text-amber-900">
            Password for everyone: <code className="font-mono">{DEMO_PASSWORD}</code>
          </p>
          <ul className="mt-2 space-y-0.5 text-amber-800">
            {demoUsers.map((u) => (
              <li key={u.email}>
                <code className="font-mono">{u.email}</code> — {u.role}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}
