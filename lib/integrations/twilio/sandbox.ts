// A local Twilio speaking the Messages API the SDK uses (PROVIDERS.md §2.9), for development and the tests: Herald
// sends to it through the real `twilio` SDK (TWILIO_API_URL), it keeps each phone's SMS and WhatsApp threads,
// posts status callbacks and inbound texts signed as Twilio signs them (X-Twilio-Signature), keeps Twilio's STOP
// list (21610), and lets a person make WhatsApp fail with a chosen error code to watch the SMS fallback (FU5).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SegmentedMessage } from "sms-segments-calculator";
import twilio from "twilio";

export interface SandboxText {
  sid: string;
  direction: "outbound-api" | "inbound" | "outbound-reply";
  channel: "sms" | "whatsapp";
  phone: string; // the handset's number, E.164
  from: string;
  to: string;
  body: string;
  status: string;
  errorCode: number | null;
  numSegments: number;
  statusCallback: string | null;
  messagingServiceSid: string | null;
  createdAt: string;
}

export interface SandboxPhone {
  phone: string;
  optedOut: boolean;
  whatsappFailure: number | null; // every WhatsApp text to this phone fails with this code
  texts: SandboxText[];
}

export interface TwilioSandbox {
  url: string;
  accountSid: string;
  authToken: string;
  texts: SandboxText[];
  phones(): SandboxPhone[];
  // The handset answers (or texts STOP/START/HELP); returns the webhook's HTTP status.
  reply(phone: string, body: string, channel?: "sms" | "whatsapp"): Promise<number>;
  failWhatsapp(phone: string, code: number | null): void;
  // A status callback for a sent text, as Twilio posts it; returns the webhook's HTTP status.
  status(sid: string, status: string, errorCode?: number | null): Promise<number>;
  close(): Promise<void>;
}

export interface TwilioSandboxOptions {
  port?: number;
  accountSid?: string;
  authToken?: string;
  // Herald's public inbound URL (APP_URL/api/webhooks/twilio/inbound): what Twilio signs.
  inboundUrl: () => string;
  // Where a signed webhook really goes: by default an HTTP POST to the URL it was signed for; `npm run dev` sends it
  // to the Next server over loopback, as a proxy would; a test hands it to the handler.
  deliverWebhook?: (url: string, headers: Record<string, string>, body: string) => Promise<number>;
  // Statuses after a send (queued → sent → delivered, or failed with the phone's WhatsApp failure). Tests turn it
  // off and post each status themselves.
  autoStatus?: boolean;
  statusDelayMs?: number;
  whatsappSenders?: string[]; // the WhatsApp senders of the account (default +14155238886, Twilio's sandbox number)
}

const STOP = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"];
const START = ["START", "YES", "UNSTOP"];
const HELP = ["HELP", "INFO"];
const DEFAULT_SMS_FROM = "+15005550006";
const WHATSAPP_FROM = "+14155238886";

const e164 = /^\+[1-9]\d{6,14}$/;
const bare = (address: string) => address.replace(/^whatsapp:/, "");
const sidOf = (prefix: string) => `${prefix}${randomBytes(16).toString("hex")}`;

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

async function jsonOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
};

// Twilio's error body (RestException reads code, message, more_info, status).
const refuse = (res: ServerResponse, status: number, code: number, message: string) =>
  json(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

export async function startTwilioSandbox(options: TwilioSandboxOptions): Promise<TwilioSandbox> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString("hex")}`;
  const authToken = options.authToken ?? randomBytes(16).toString("hex");
  const texts: SandboxText[] = [];
  const optedOut = new Set<string>();
  const whatsappFailures = new Map<string, number>();
  const autoStatus = options.autoStatus ?? true;
  const delay = options.statusDelayMs ?? 400;

  const deliver = async (url: string, params: Record<string, string>) => {
    const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
    const headers = { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature };
    const body = new URLSearchParams(params).toString();
    if (options.deliverWebhook) return options.deliverWebhook(url, headers, body);
    return (await fetch(url, { method: "POST", headers, body })).status;
  };

  const postStatus = async (text: SandboxText, status: string, errorCode: number | null) => {
    text.status = status;
    text.errorCode = errorCode;
    if (!text.statusCallback) return 204;
    const params: Record<string, string> = {
      MessageSid: text.sid,
      SmsSid: text.sid,
      SmsStatus: status,
      MessageStatus: status,
      AccountSid: accountSid,
      From: text.from,
      To: text.to,
      ApiVersion: "2010-04-01",
      ...(text.messagingServiceSid ? { MessagingServiceSid: text.messagingServiceSid } : {}),
      ...(errorCode ? { ErrorCode: String(errorCode) } : {}),
      ...(text.channel === "whatsapp" ? { ChannelPrefix: "whatsapp", ChannelToAddress: text.phone } : {}),
    };
    return deliver(text.statusCallback, params);
  };

  // What Twilio would report after accepting a text: sent, then delivered, or failed for a WhatsApp text to a
  // phone set to fail (63016, 63003, …). Reported after the send's response, as Twilio does.
  const playStatuses = async (text: SandboxText) => {
    const wait = () => new Promise((r) => setTimeout(r, delay));
    await wait();
    const failure = text.channel === "whatsapp" ? whatsappFailures.get(text.phone) : undefined;
    try {
      if (failure) return void (await postStatus(text, "failed", failure));
      await postStatus(text, "sent", null);
      await wait();
      await postStatus(text, "delivered", null);
    } catch (error) {
      console.warn(`[twilio sandbox] status callback for ${text.sid} failed: ${error}`);
    }
  };

  const create = (res: ServerResponse, form: URLSearchParams, account: string) => {
    const to = form.get("To") ?? "";
    const channel = to.startsWith("whatsapp:") ? "whatsapp" : "sms";
    const phone = bare(to);
    if (!e164.test(phone))
      return refuse(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    const from = form.get("From") ?? "";
    const service = form.get("MessagingServiceSid");
    if (!from && !service) return refuse(res, 400, 21603, "A 'From' phone number is required.");
    if (channel === "whatsapp" && !(options.whatsappSenders ?? [WHATSAPP_FROM]).includes(bare(from))) {
      return refuse(
        res,
        400,
        63007,
        `Twilio could not find a Channel with the specified From address: ${from}`,
      );
    }
    if (channel === "sms" && optedOut.has(phone)) {
      return refuse(res, 400, 21610, "Attempt to send to unsubscribed recipient");
    }
    const contentSid = form.get("ContentSid");
    const body =
      form.get("Body") ??
      (contentSid
        ? `[template ${contentSid}] ${Object.values(JSON.parse(form.get("ContentVariables") ?? "{}")).join(" · ")}`
        : "");
    if (!body) return refuse(res, 400, 21602, "Message body is required.");
    const text: SandboxText = {
      sid: sidOf("SM"),
      direction: "outbound-api",
      channel,
      phone,
      from: from || (service ?? ""),
      to,
      body,
      status: service ? "accepted" : "queued",
      errorCode: null,
      numSegments: channel === "sms" ? new SegmentedMessage(body, "auto").segmentsCount : 1,
      statusCallback: form.get("StatusCallback"),
      messagingServiceSid: service,
      createdAt: new Date().toISOString(),
    };
    texts.push(text);
    json(res, 201, apiMessage(text, account));
    if (autoStatus) void playStatuses(text);
  };

  const apiMessage = (t: SandboxText, account: string) => ({
    sid: t.sid,
    account_sid: account,
    api_version: "2010-04-01",
    body: t.body,
    date_created: new Date(t.createdAt).toUTCString(),
    date_sent: null,
    date_updated: new Date().toUTCString(),
    direction: t.direction,
    error_code: t.errorCode,
    error_message: null,
    from: t.from,
    messaging_service_sid: t.messagingServiceSid,
    num_media: "0",
    num_segments: String(t.messagingServiceSid ? 0 : t.numSegments),
    price: null,
    price_unit: "USD",
    status: t.status,
    to: t.to,
    uri: `/2010-04-01/Accounts/${account}/Messages/${t.sid}.json`,
  });

  const authorized = (req: IncomingMessage, account: string) => {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
    return account === accountSid && req.headers.authorization === expected;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    try {
      const api = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/([^/]+))?\.json$/.exec(url.pathname);
      if (api) {
        if (!authorized(req, api[1])) return refuse(res, 401, 20003, "Authenticate");
        if (req.method === "POST" && !api[2]) return create(res, await formOf(req), api[1]);
        const text = texts.find((t) => t.sid === api[2]);
        if (req.method === "GET" && text) return json(res, 200, apiMessage(text, api[1]));
        return refuse(res, 404, 20404, "The requested resource was not found");
      }
      // The phone page's controls (not Twilio's API).
      if (req.method === "GET" && url.pathname === "/sandbox/phones")
        return json(res, 200, { phones: sandbox.phones() });
      if (req.method === "POST" && url.pathname === "/sandbox/reply") {
        const input = await jsonOf(req);
        const channel = input.channel === "whatsapp" ? "whatsapp" : "sms";
        return json(res, 200, {
          webhookStatus: await sandbox.reply(String(input.phone), String(input.body ?? ""), channel),
        });
      }
      if (req.method === "POST" && url.pathname === "/sandbox/whatsapp-failure") {
        const input = await jsonOf(req);
        sandbox.failWhatsapp(String(input.phone), input.code ? Number(input.code) : null);
        return json(res, 200, { ok: true });
      }
      refuse(res, 404, 20404, "The requested resource was not found");
    } catch (error) {
      json(res, 500, { code: 20500, message: String(error), status: 500 });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const sandbox: TwilioSandbox = {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    texts,
    phones() {
      const numbers = [...new Set(texts.map((t) => t.phone))];
      return numbers.map((phone) => ({
        phone,
        optedOut: optedOut.has(phone),
        whatsappFailure: whatsappFailures.get(phone) ?? null,
        texts: texts.filter((t) => t.phone === phone),
      }));
    },
    async reply(phone, body, channel = "sms") {
      const last = [...texts]
        .reverse()
        .find((t) => t.phone === phone && t.channel === channel && t.direction === "outbound-api");
      const ours = last?.from ?? DEFAULT_SMS_FROM;
      const address = (n: string) => (channel === "whatsapp" ? `whatsapp:${bare(n)}` : n);
      const keyword = body.trim().toUpperCase();
      const optOutType =
        channel !== "sms"
          ? null
          : STOP.includes(keyword)
            ? "STOP"
            : START.includes(keyword)
              ? "START"
              : HELP.includes(keyword)
                ? "HELP"
                : null;
      if (optOutType === "STOP") optedOut.add(phone);
      if (optOutType === "START") optedOut.delete(phone);
      const text: SandboxText = {
        sid: sidOf("SM"),
        direction: "inbound",
        channel,
        phone,
        from: address(phone),
        to: address(ours),
        body,
        status: "received",
        errorCode: null,
        numSegments: new SegmentedMessage(body, "auto").segmentsCount,
        statusCallback: null,
        messagingServiceSid: last?.messagingServiceSid ?? null,
        createdAt: new Date().toISOString(),
      };
      texts.push(text);
      const params: Record<string, string> = {
        MessageSid: text.sid,
        SmsSid: text.sid,
        SmsMessageSid: text.sid,
        AccountSid: accountSid,
        From: text.from,
        To: text.to,
        Body: body,
        NumMedia: "0",
        NumSegments: String(text.numSegments),
        SmsStatus: "received",
        ApiVersion: "2010-04-01",
        ...(text.messagingServiceSid ? { MessagingServiceSid: text.messagingServiceSid } : {}),
        ...(optOutType ? { OptOutType: optOutType } : {}),
        ...(channel === "whatsapp" ? { WaId: phone.slice(1), ProfileName: "Sandbox phone" } : {}),
      };
      return deliver(options.inboundUrl(), params);
    },
    failWhatsapp(phone, code) {
      if (code) whatsappFailures.set(phone, code);
      else whatsappFailures.delete(phone);
    },
    async status(sid, status, errorCode = null) {
      const text = texts.find((t) => t.sid === sid);
      if (!text) throw new Error(`the sandbox sent no text ${sid}`);
      return postStatus(text, status, errorCode);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
  return sandbox;
}
