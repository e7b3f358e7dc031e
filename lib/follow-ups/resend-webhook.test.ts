// Found by the reliability fuzz (issue 9): a Resend webhook with a genuine signature over a body that is not
// JSON threw from JSON.parse, and the route answered 500.
import type { Resend } from "resend";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { generateWebhookSecret, signWebhook } from "@/lib/integrations/resend/webhook-signature";
import { handleResendWebhook } from "./resend-webhook";

describe("Resend webhook body", () => {
  it("a signed webhook whose body is not JSON is a 400, not a 500 (fuzz finding)", async () => {
    const secret = generateWebhookSecret();
    for (const raw of ["", "{", "not json"]) {
      const headers = new Headers(signWebhook(secret, raw));
      // The body is refused before the database is touched: no database is needed.
      const outcome = await handleResendWebhook({} as Db, headers, raw, {
        secret,
        resend: {} as Resend,
        log: () => {},
      });
      expect(outcome.status).toBe(400);
      expect(outcome.body).toEqual({ ok: false, result: "body: not JSON" });
    }
  });
});
