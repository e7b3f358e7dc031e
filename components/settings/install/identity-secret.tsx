"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { revealIdentitySecret } from "@/lib/actions/reveal-identity-secret";
import { rotateIdentitySecret } from "@/lib/actions/rotate-identity-secret";
import { CopyButton } from "./copy-button";
import { RotateWithConfirmation } from "./rotate-with-confirmation";

const MASK = "hs_••••••••••••••••••••••••••••••••";

// The identity secret: masked until revealed, copyable, and rotatable after a confirmation.
export function IdentitySecret() {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const fetchSecret = async () => {
    const result = await revealIdentitySecret(undefined, {});
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.data?.secret ?? null;
  };
  const reveal = () => startTransition(async () => setSecret(await fetchSecret()));

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label="Identity secret"
          value={secret ?? MASK}
          size={secret ? 70 : 36}
          className="max-w-full rounded-md border border-slate-200 bg-slate-50 px-2 py-1.5 font-mono text-sm"
        />
        {secret ? (
          <Button variant="secondary" onClick={() => setSecret(null)}>
            Hide
          </Button>
        ) : (
          <Button variant="secondary" onClick={reveal} pending={pending}>
            Reveal
          </Button>
        )}
        <CopyButton text={secret ?? fetchSecret} what="identity secret" />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <RotateWithConfirmation
        label="Rotate secret"
        warning="Rotate the secret? Signatures made with the old one stop working at once: identified visitors stay anonymous until your server signs with the new secret."
        rotate={() => rotateIdentitySecret(undefined, {})}
        onRotated={() => setSecret(null)}
      />
    </div>
  );
}
