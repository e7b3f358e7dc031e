// Whether /demo and its identity signer exist: always in development, in production only with HERALD_DEMO=true
// (a public signer of Jane's identity must never ship by accident).
import { type Env, env } from "@/lib/env";

export const demoEnabled = (config: Pick<Env, "NODE_ENV" | "HERALD_DEMO"> = env()) =>
  config.NODE_ENV !== "production" || config.HERALD_DEMO;
