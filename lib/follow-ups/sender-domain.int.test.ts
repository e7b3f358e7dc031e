// FU6: the workspace's sender domain through the real `resend` SDK against the sandbox's domains API, and the
// follow-up email's From through the real pipeline: EMAIL_FROM until Resend reports the domain verified.
import { Resend } from "resend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMember } from "@/db/queries/members";
import { findSenderDomain, removeSenderDomain } from "@/db/queries/sender-domains";
import { visitors } from "@/db/schema";
import { emailAdapter } from "@/lib/channels/email";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { resendSender } from "@/lib/integrations/resend/client";
import { type ResendSandbox, startResendSandbox } from "@/lib/integrations/resend/sandbox";
import { generateWebhookSecret } from "@/lib/integrations/resend/webhook-signature";
import { dispatchDue } from "@/lib/notifications/delivery/dispatch";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { recordPageView, recordPresenceReport } from "@/lib/widget/visits";
import { withDemoWorkspace } from "@/test/demo";
import { addSenderDomain, checkSenderDomain } from "./sender-domain";

const demo = withDemoWorkspace();
let mailbox: ResendSandbox;
let resend: Resend;
let clock = Date.now() - 6 * 3_600_000;
const tick = () => {
  clock += 60_000;
  return new Date(clock);
};

beforeAll(async () => {
  mailbox = await startResendSandbox({ webhookUrl: () => "", webhookSecret: generateWebhookSecret() });
  resend = new Resend("re_sandbox", { baseUrl: mailbox.url });
});
afterAll(() => mailbox?.close());

// A visitor with an address asks, Nadia answers, the visitor hides the page: the follow-up email's From.
async function followUpFromAddress(email: string) {
  const db = demo.conn.db;
  const [v] = await db
    .insert(visitors)
    .values({ workspaceId: demo.workspaceId, unverifiedEmail: email })
    .returning();
  const visitor = { workspaceId: demo.workspaceId, visitorId: v.id };
  await recordPageView(db, visitor, { url: "http://localhost/demo" }, tick());
  const asked = await postVisitorMessage(db, { ...visitor, body: "Hello?" }, tick());
  const nadia = await findMember(db, demo.workspaceId, demo.ids.nadia);
  if (!nadia) throw new Error("nadia missing");
  await replyAsAgent(db, nadia, asked.conversationId, "Hi! How can I help?");
  const hiddenAt = tick();
  await recordPresenceReport(db, visitor, { hidden: true, idle: false }, hiddenAt);
  const { registry } = recordingRegistry();
  registry.email = emailAdapter(resendSender(resend, "Herald <herald@localhost>"));
  await dispatchDue(db, { registry, now: hiddenAt });
  const sent = mailbox.sent.filter((e) => e.to.includes(email));
  expect(sent).toHaveLength(1);
  return sent[0].from;
}

describe("the workspace's sender domain (FU6)", () => {
  it("FU6: an added domain shows Resend's DNS records; follow-ups go from it only once Resend reports it verified", async () => {
    const db = demo.conn.db;
    await addSenderDomain(db, resend, demo.workspaceId, "mail.acme.test", tick());
    const added = await findSenderDomain(db, demo.workspaceId);
    expect(added).toMatchObject({ domain: "mail.acme.test", status: "not_started" });
    expect(added?.records.map((r) => `${r.record} ${r.type}`)).toEqual(["SPF MX", "SPF TXT", "DKIM TXT"]);
    expect(await followUpFromAddress("fu6-before@example.test")).toBe("Herald <herald@localhost>");
    expect(await checkSenderDomain(db, resend, demo.workspaceId, tick())).toBe("verified");
    expect(await followUpFromAddress("fu6-after@example.test")).toBe("Acme <chat@mail.acme.test>");
  });

  it("FU6: a domain whose records Resend cannot find stays failed, and follow-ups keep the default sender", async () => {
    const db = demo.conn.db;
    await removeSenderDomain(db, demo.workspaceId);
    await addSenderDomain(db, resend, demo.workspaceId, "mail.acme.invalid", tick());
    expect(await checkSenderDomain(db, resend, demo.workspaceId, tick())).toBe("failed");
    expect(await followUpFromAddress("fu6-failed@example.test")).toBe("Herald <herald@localhost>");
  });

  it("FU6: a name Resend refuses is a 400 naming the domain field, nothing stored", async () => {
    const db = demo.conn.db;
    await removeSenderDomain(db, demo.workspaceId);
    await expect(addSenderDomain(db, resend, demo.workspaceId, "not a domain", tick())).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
        fieldErrors: { domain: "Invalid domain name" },
      },
    );
    expect(await findSenderDomain(db, demo.workspaceId)).toBeUndefined();
  });
});
