import { Resend } from "resend";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderEmail } from "@/emails";
import { type FakeResend, startFakeResend } from "@/test/fakes/resend-server";
import { captureSender, emailSender, resendSender } from "./client";

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend();
  vi.spyOn(console, "error").mockImplementation(() => {}); // the SDK logs every refusal
});
afterAll(async () => fake.close());

const from = "Herald <herald@example.com>";
const email = () =>
  renderEmail({
    template: "new_messages",
    props: {
      visitorName: "Ada",
      url: "https://chat.example.com/inbox/c1",
      messages: [{ body: "Is anyone <b>there</b>?", sentAt: new Date("2026-01-01T10:00:00Z") }],
    },
  });
const sender = () => resendSender(new Resend("re_test_key", { baseUrl: fake.baseUrl }), from);

describe("email through Resend (real SDK, fake API)", () => {
  it("posts from, to, subject, HTML, text and headers, with the delivery as idempotency key", async () => {
    const rendered = await email();
    const result = await sender()("agent@example.com", rendered, "delivery-1");
    expect(result).toMatchObject({ status: "delivered", providerId: expect.stringMatching(/^email_/) });
    const request = fake.requests.at(-1);
    expect(request?.path).toBe("/emails");
    expect(request?.headers.authorization).toBe("Bearer re_test_key");
    expect(request?.headers["idempotency-key"]).toBe("delivery-1");
    expect(request?.body).toMatchObject({
      from,
      to: "agent@example.com",
      subject: "New message from Ada",
      headers: { "X-Herald-Delivery": "delivery-1" },
    });
    expect(request?.body.html).toContain("Is anyone &lt;b&gt;there&lt;/b&gt;?");
    expect(request?.body.text).toContain("https://chat.example.com/inbox/c1");
  });

  it("reports a 500 as retryable, and the retry succeeds", async () => {
    fake.reply({ status: 500, body: { statusCode: 500, name: "internal_server_error", message: "boom" } });
    const send = sender();
    const rendered = await email();
    const first = await send("agent@example.com", rendered, "delivery-2");
    expect(first).toEqual({
      status: "failed",
      retryable: true,
      error: "Resend 500 internal_server_error: boom",
    });
    expect(await send("agent@example.com", rendered, "delivery-2")).toMatchObject({ status: "delivered" });
  });

  it("reports a rate limit as retryable", async () => {
    fake.reply({ status: 429, body: { statusCode: 429, name: "rate_limit_exceeded", message: "slow down" } });
    expect(await sender()("a@example.com", await email(), "d3")).toMatchObject({
      status: "failed",
      retryable: true,
    });
  });

  it("reports a 422 validation error as a permanent failure with Resend's reason", async () => {
    fake.reply({
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field" },
    });
    expect(await sender()("not-an-address", await email(), "d4")).toEqual({
      status: "failed",
      retryable: false,
      error: "Resend 422 validation_error: Invalid `to` field",
    });
  });

  it("reports an unreachable API as retryable", async () => {
    const down = resendSender(new Resend("re_test_key", { baseUrl: "http://127.0.0.1:1" }), from);
    expect(await down("a@example.com", await email(), "d5")).toMatchObject({
      status: "failed",
      retryable: true,
    });
  });

  it("captures the rendered subject and text when Resend is not configured", async () => {
    const result = await captureSender("agent@example.com", await email(), "d6");
    expect(result.status).toBe("captured");
    expect(result.status === "captured" && result.summary).toMatch(
      /^\[email\] to agent@example.com: New message from Ada\n\n/,
    );
  });
});

describe("the real-or-capture choice", () => {
  it("captures without RESEND_API_KEY and sends through Resend with it", async () => {
    const config = { EMAIL_FROM: from, RESEND_BASE_URL: fake.baseUrl };
    expect(emailSender({ ...config, RESEND_API_KEY: undefined })).toBe(captureSender);
    const sent = await emailSender({ ...config, RESEND_API_KEY: "re_test_key" })("a@example.com", {
      subject: "Your Herald sign-in link",
      text: "Sign in",
    });
    expect(sent).toMatchObject({ status: "delivered" });
    expect(fake.requests.at(-1)?.body).toMatchObject({
      from,
      to: "a@example.com",
      subject: "Your Herald sign-in link",
    });
  });
});
