// Who /demo browses as: the "Browse as" panel sets a cookie, the page signs that person's email as a
// customer's server would (lib/widget/identity.ts), and passes it to Herald('identify', …). Only when /demo is
// on (lib/demo/enabled.ts), and only for the seeded demo workspace: a real workspace's secret is never used.
import type { Db } from "@/db/client";
import { findWorkspaceByPublicKey } from "@/db/queries/workspaces";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { identitySecretOf, identitySignatureV2 } from "@/lib/widget/identity";
import { demoEnabled } from "./enabled";

export const DEMO_AS_COOKIE = "herald-demo-as";

export const personas = {
  anonymous: { label: "Anonymous visitor", hint: "Nobody the site knows." },
  jane: { label: "Jane Cooper", hint: "jane@globex.example, signed in: signed correctly." },
  "jane-forged": { label: "Jane with a wrong signature", hint: "Refused: the console shows a warning." },
} as const;

export type Persona = keyof typeof personas;

export const isPersona = (value: string | undefined): value is Persona =>
  value !== undefined && Object.hasOwn(personas, value);

export interface IdentifyCall {
  email: string;
  name: string;
  issuedAt: number;
  signature: string;
}

const jane = { email: "jane@globex.example", name: "Jane Cooper" };

export async function demoWorkspaceAndIdentity(
  db: Db,
  persona: Persona,
  config?: Pick<Env, "NODE_ENV" | "HERALD_DEMO">,
) {
  if (!demoEnabled(config)) throw new AppError("NOT_FOUND", "/demo is off (HERALD_DEMO)");
  const workspace = await findWorkspaceByPublicKey(db, DEMO_PUBLIC_KEY);
  if (!workspace || persona === "anonymous") return { workspace, identify: null };
  const secret = await identitySecretOf(db, workspace.id);
  // A signature made with some other secret: what a forger without the workspace secret can produce.
  const key = persona === "jane" ? secret : "not-the-workspace-secret";
  const claim = { ...jane, issuedAt: Math.floor(Date.now() / 1000) };
  const identify: IdentifyCall = { ...claim, signature: identitySignatureV2(key, claim) };
  return { workspace, identify };
}
