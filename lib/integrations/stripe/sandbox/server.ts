// A local Stripe for development and tests: the API calls Herald makes (./store.ts), a Checkout page where a
// person picks a working or a declining test card, and a page listing the charges. Herald reaches it through the
// real `stripe` SDK (STRIPE_API_URL); `npm run dev` starts it when STRIPE_SECRET_KEY is not set.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { chargesPage, checkoutPage } from "./pages";
import { type Reply, SANDBOX_SECRET_KEY, StripeSandboxStore, type TestCardNumber } from "./store";

export interface StripeSandbox {
  url: string;
  store: StripeSandboxStore;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, reply: Reply & { replayed?: boolean }) {
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "request-id": `req_sandbox_${Date.now()}`,
    ...(reply.replayed ? { "idempotent-replayed": "true" } : {}),
  });
  res.end(JSON.stringify(reply.body));
}

const html = (res: ServerResponse, status: number, page: string) => {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(page);
};

export async function startStripeSandbox(
  options: { port?: number; secretKey?: string } = {},
): Promise<StripeSandbox> {
  const secretKey = options.secretKey ?? SANDBOX_SECRET_KEY;
  let url = "";
  const store = new StripeSandboxStore(() => url);

  const api = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      return send(res, {
        status: 401,
        body: { error: { type: "invalid_request_error", message: "Invalid API Key provided" } },
      });
    }
    const raw = await bodyOf(req);
    const params = new URLSearchParams(raw);
    const key = req.headers["idempotency-key"] as string | undefined;
    const run = (handler: () => Reply) =>
      send(res, store.idempotently(key, `${req.method} ${path} ${raw}`, handler));
    if (req.method === "POST" && path === "/v1/customers") return run(() => store.createCustomer(params));
    if (req.method === "POST" && path === "/v1/checkout/sessions")
      return run(() => store.createCheckoutSession(params));
    if (req.method === "POST" && path === "/v1/payment_intents")
      return run(() => store.createPaymentIntent(params));
    const session = path.match(/^\/v1\/checkout\/sessions\/([\w-]+)$/);
    if (req.method === "GET" && session) {
      const expand = [...query.entries()].filter(([k]) => k.startsWith("expand")).map(([, v]) => v);
      return send(res, store.retrieveCheckoutSession(session[1], expand));
    }
    send(res, {
      status: 404,
      body: {
        error: {
          type: "invalid_request_error",
          message: `Unrecognized request URL (${req.method}: ${path})`,
        },
      },
    });
  };

  const checkout = async (req: IncomingMessage, res: ServerResponse, sessionId: string) => {
    const session = store.sessions.get(sessionId);
    if (!session) return html(res, 404, "<p>No such Checkout session.</p>");
    if (req.method === "GET") return html(res, 200, checkoutPage(session));
    const card = new URLSearchParams(await bodyOf(req)).get("card") as TestCardNumber;
    const next = store.completeCheckout(sessionId, card);
    if (!next) return html(res, 400, checkoutPage(session, "Pick one of the test cards."));
    res.writeHead(303, { location: next });
    res.end();
  };

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? "/", "http://sandbox");
    const path = parsed.pathname;
    const handle = path.startsWith("/v1/")
      ? api(req, res, path, parsed.searchParams)
      : path.startsWith("/checkout/")
        ? checkout(req, res, path.slice("/checkout/".length))
        : Promise.resolve(html(res, 200, chargesPage(store)));
    handle.catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { type: "api_error", message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
