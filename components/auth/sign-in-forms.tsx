"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { EmailField } from "@/components/auth/email-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { sendSignInLink } from "@/lib/actions/send-sign-in-link";
import { signInWithPassword } from "@/lib/actions/sign-in-with-password";

// emailSignIn: false in production without an email provider (magic links and "Forgot password?" hidden).
export function SignInForms({ callbackUrl, emailSignIn }: { callbackUrl: string; emailSignIn: boolean }) {
  const [mode, setMode] = useState<"password" | "link">("password");
  const [passwordState, passwordAction, passwordPending] = useActionState(signInWithPassword, undefined);
  const [linkState, linkAction, linkPending] = useActionState(sendSignInLink, undefined);
  const state = mode === "password" ? passwordState : linkState;

  return (
    <div className="flex flex-col gap-4">
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      {mode === "password" ? (
        <form action={passwordAction} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <EmailField
            error={passwordState && !passwordState.ok ? passwordState.fieldErrors?.email : undefined}
            autoFocus
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={passwordState && !passwordState.ok ? passwordState.fieldErrors?.password : undefined}
          />
          <Button type="submit" pending={passwordPending}>
            Sign in
          </Button>
        </form>
      ) : (
        <form action={linkAction} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <EmailField
            error={linkState && !linkState.ok ? linkState.fieldErrors?.email : undefined}
            autoFocus
          />
          <Button type="submit" pending={linkPending}>
            Email me a sign-in link
          </Button>
        </form>
      )}
      {emailSignIn && (
        <>
          <button
            type="button"
            onClick={() => setMode(mode === "password" ? "link" : "password")}
            className="text-sm text-brand-600 underline underline-offset-2 hover:text-brand-700"
          >
            {mode === "password" ? "Sign in with an email link instead" : "Sign in with a password instead"}
          </button>
          <Link
            href="/forgot-password"
            className="text-center text-sm text-brand-600 underline underline-offset-2 hover:text-brand-700"
          >
            Forgot password?
          </Link>
        </>
      )}
    </div>
  );
}
