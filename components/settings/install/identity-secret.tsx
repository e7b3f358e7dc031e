"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { revealIdentitySecret } from "@/lib/actions/reveal-identity-secret";
import { rotateIdentitySecret } from "@/lib/actions/rotate-identity-secret";
import { CopyButton } from "./copy-button";

const MASK = "hs_••••••••••••••••••••••••••••••••";

// The identity secret: masked until revealed, copyable, and rotatable after a confirmation.
export function IdentitySecret() {
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const fetchSecret = async () => {
    const result = await revealIdentitySecret(undefined, {});
    if (!result.ok) {
      setNotice({ tone: "error", text: result.error });
      return null;
    }
    return result.data?.secret ?? null;
  };
  const reveal = () => startTransition(async () => setSecret(await fetchSecret()));
  const rotate = () =>
    startTransition(async () => {
      const result = await rotateIdentitySecret(undefined, {});
      setConfirming(false);
      setSecret(null);
      setNotice(
        result.ok
          ? { tone: "success", text: result.message ?? "Rotated" }
          : { tone: "error", text: result.error },
      );
    });

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
          <Button variant="secondary" onClick={reveal} pending={pending && !confirming}>
            Reveal
          </Button>
        )}
        <CopyButton text={secret ?? fetchSecret} what="identity secret" />
      </div>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">
            Rotate the secret? Signatures made with the old one stop working at once: identified visitors stay
            anonymous until your server signs with the new secret.
          </span>
          <Button variant="danger" onClick={rotate} pending={pending}>
            Yes, rotate
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Rotate secret
          </Button>
        </div>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
