// The local Twilio `npm run dev` starts when no Twilio account is configured (scripts/serve.ts; e2e asks for it with
// TEXT_SANDBOX=1): only when it is running.
export const textSandboxUrl = (): string | null => process.env.HERALD_TEXT_SANDBOX_URL ?? null;

export function wantsTextSandbox(mode: "dev" | "start", env: NodeJS.ProcessEnv): boolean {
  if (env.TWILIO_ACCOUNT_SID || env.HERALD_TEXT_SANDBOX === "false") return false;
  return mode === "dev" || env.TEXT_SANDBOX === "1";
}
