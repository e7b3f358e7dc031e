// A local mailbox speaking Resend's HTTP API (PROVIDERS.md §3.7), for development and tests: Herald sends to it
// through the real `resend` SDK (RESEND_BASE_URL), it keeps every sent email, and a "reply" becomes a received
// email plus a Svix-signed `email.received` webhook posted to Herald, as Resend would. Receipts
// (email.delivered, email.bounced, …) can be posted the same way.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { sandboxDomains } from "./sandbox-domains";
import { signWebhook } from "./webhook-signature";

export interface SentEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  reply_to: string[];
  tags: Record<string, string>;
  created_at: string;
}

export interface ReceivedEmail {
  object: "email";
  id: string;
  from: string;
  to: string[];
  received_for: string[];
  subject: string;
  text: string;
  html: string | null;
  created_at: string;
  attachments: { id: string; filename: string; size: number; content_type: string }[];
}

export interface ResendSandbox {
  url: string;
  sent: SentEmail[];
  received: Map<string, ReceivedEmail>;
  // The visitor answers a sent email from their mail client; returns the webhook's response status.
  reply(emailId: string, text: string, options?: { from?: string; attachments?: number }): Promise<number>;
  // A delivery receipt for a sent email, as Resend's webhook would post it.
  receipt(emailId: string, type: ReceiptType, bounceType?: "Permanent" | "Transient"): Promise<number>;
  close(): Promise<void>;
}

export type ReceiptType = "email.delivered" | "email.bounced" | "email.complained" | "email.delivery_delayed";

export interface SandboxOptions {
  port?: number;
  webhookUrl: () => string; // Herald's POST /api/webhooks/resend
  webhookSecret: string;
  // How a signed webhook reaches Herald: an HTTP POST to webhookUrl, unless a test hands it to the handler.
  deliverWebhook?: (headers: Record<string, string>, body: string) => Promise<number>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
};

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v ? [String(v)] : []);

export async function startResendSandbox(options: SandboxOptions): Promise<ResendSandbox> {
  const sent: SentEmail[] = [];
  const received = new Map<string, ReceivedEmail>();
  const byIdempotencyKey = new Map<string, string>();
  const domains = sandboxDomains();

  const post = async (event: { type: string; data: Record<string, unknown> }) => {
    const body = JSON.stringify({ ...event, created_at: new Date().toISOString() });
    const headers = { "content-type": "application/json", ...signWebhook(options.webhookSecret, body) };
    if (options.deliverWebhook) return options.deliverWebhook(headers, body);
    const res = await fetch(options.webhookUrl(), { method: "POST", headers, body });
    return res.status;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    try {
      if (req.method === "POST" && url.pathname === "/emails") {
        const input = JSON.parse(await bodyOf(req));
        const key = req.headers["idempotency-key"];
        const known = typeof key === "string" ? byIdempotencyKey.get(key) : undefined;
        if (known) return json(res, 200, { id: known });
        const tags = Object.fromEntries(
          (Array.isArray(input.tags) ? input.tags : []).map((t: { name: string; value: string }) => [
            t.name,
            t.value,
          ]),
        );
        const email: SentEmail = {
          id: randomUUID(),
          from: String(input.from ?? ""),
          to: list(input.to),
          subject: String(input.subject ?? ""),
          html: input.html ?? null,
          text: input.text ?? null,
          reply_to: list(input.reply_to),
          tags,
          created_at: new Date().toISOString(),
        };
        if (!email.from || email.to.length === 0) {
          return json(res, 422, {
            name: "validation_error",
            message: "from and to are required",
            statusCode: 422,
          });
        }
        sent.push(email);
        if (typeof key === "string") byIdempotencyKey.set(key, email.id);
        return json(res, 200, { id: email.id });
      }
      if (req.method === "GET" && url.pathname === "/emails")
        return json(res, 200, { object: "list", data: sent });
      // The mailbox page's buttons (not Resend's API): answer a sent email, or post a receipt for it.
      if (req.method === "POST" && url.pathname === "/sandbox/reply") {
        const input = JSON.parse(await bodyOf(req));
        const status = await sandbox.reply(String(input.emailId), String(input.text ?? ""));
        return json(res, 200, { webhookStatus: status });
      }
      if (req.method === "POST" && url.pathname === "/sandbox/receipt") {
        const input = JSON.parse(await bodyOf(req));
        return json(res, 200, { webhookStatus: await sandbox.receipt(String(input.emailId), input.type) });
      }
      // FU6: the sender domain's records and verification (./sandbox-domains.ts).
      const domain = /^\/domains(?:\/([^/]+))?(\/verify)?$/.exec(url.pathname);
      if (domain) {
        const answer =
          req.method === "POST" && !domain[1]
            ? domains.create(JSON.parse(await bodyOf(req)).name)
            : req.method === "POST" && domain[2]
              ? domains.verify(domain[1])
              : req.method === "GET" && domain[1]
                ? domains.get(domain[1])
                : null;
        if (answer) return json(res, answer.status, answer.body);
      }
      const receiving = /^\/emails\/receiving\/([^/]+)(\/attachments)?$/.exec(url.pathname);
      if (req.method === "GET" && receiving) {
        const email = received.get(receiving[1]);
        if (!email) return json(res, 404, { name: "not_found", message: "Email not found", statusCode: 404 });
        return json(res, 200, receiving[2] ? { object: "list", data: email.attachments } : email);
      }
      json(res, 404, { name: "not_found", message: "Not found", statusCode: 404 });
    } catch (error) {
      json(res, 500, { name: "application_error", message: String(error), statusCode: 500 });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const sandbox: ResendSandbox = {
    url: `http://127.0.0.1:${port}`,
    sent,
    received,
    async reply(emailId, text, { from, attachments = 0 } = {}) {
      const original = sent.find((e) => e.id === emailId);
      if (!original) throw new Error(`the sandbox sent no email ${emailId}`);
      const to = original.reply_to.length ? original.reply_to : [original.from];
      const email: ReceivedEmail = {
        object: "email",
        id: randomUUID(),
        from: from ?? original.to[0],
        to,
        received_for: to,
        subject: `Re: ${original.subject}`,
        text,
        html: null,
        created_at: new Date().toISOString(),
        attachments: Array.from({ length: attachments }, (_, i) => ({
          id: randomUUID(),
          filename: `file-${i + 1}.pdf`,
          size: 1024,
          content_type: "application/pdf",
        })),
      };
      received.set(email.id, email);
      const { text: _text, html: _html, object: _object, ...metadata } = email;
      return post({ type: "email.received", data: { ...metadata, email_id: email.id } });
    },
    async receipt(emailId, type, bounceType = "Permanent") {
      const original = sent.find((e) => e.id === emailId);
      if (!original) throw new Error(`the sandbox sent no email ${emailId}`);
      const data: Record<string, unknown> = {
        email_id: emailId,
        created_at: new Date().toISOString(),
        from: original.from,
        to: original.to,
        subject: original.subject,
        tags: original.tags,
      };
      if (type === "email.bounced")
        data.bounce = { type: bounceType, subType: "General", message: "Mailbox does not exist" };
      return post({ type, data });
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
  return sandbox;
}
