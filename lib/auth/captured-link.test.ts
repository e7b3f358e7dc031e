// Production without an email provider: a sign-in or invitation link must never reach the log, where more
// people read it for longer than the one person it was meant for.
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { sendInvitationEmail } from "@/lib/team/invitation-email";
import { useProductionEnv } from "@/test/production-env";
import { sendMagicLink } from "./magic-link";
import { sendPasswordResetLink } from "./password-reset-email";

beforeAll(() => useProductionEnv({ RESEND_API_KEY: "" }));
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
