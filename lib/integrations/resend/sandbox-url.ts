// The local mailbox `npm run dev` starts when no Resend account is configured (scripts/serve.ts): only in
// development, only when it is running.
export const mailSandboxUrl = (): string | null =>
  process.env.NODE_ENV !== "production" ? (process.env.HERALD_MAIL_SANDBOX_URL ?? null) : null;
