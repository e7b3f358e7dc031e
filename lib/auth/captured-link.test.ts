// Production without an email provider: a sign-in or invitation link must never reach the log, where more
// people read it for longer than the one person it was meant for.
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { sendInvitationEmail } from "@/lib/team/invitation-email";
import { sendMagicLink } from "./magic-link";
import { sendPasswordResetLink } from "./password-reset-email";

beforeAll(() => {
  // Read once, by the first env() of this test process.
  Object.assign(process.env, {
    NODE_ENV: "production",
    APP_URL: "https://chat.example.com",
    AUTH_SECRET: "captured-link-test-secret-0123456789",
    ENCRYPTION_KEY: Buffer.alloc(32, 5).toString("base64"),
    RESEND_API_KEY: "",
  });
});
afterEach(() => vi.restoreAllMocks());

it("sign-in and invitation links are never printed to the log in production", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const secretLink = "https://chat.example.com/api/auth/callback/resend?token=secret-token";
  await sendMagicLink("ada@example.com", secretLink);
  await sendPasswordResetLink("ada@example.com", "https://chat.example.com/reset-password/secret-token");
  await sendInvitationEmail({
    to: "new@example.com",
    url: "https://chat.example.com/invite/secret-token",
    workspaceName: "Initech",
    inviterName: "Ada",
    role: "agent",
  });
  const printed = log.mock.calls.flat().join("\n");
  expect(printed).not.toContain("secret-token");
  expect(printed).toContain("set RESEND_API_KEY"); // the operator still learns an email was not sent
});
