// A local fake of Resend's `POST /emails`: records each request and answers from a queue of scripted replies,
// so tests drive the real `resend` SDK through success, server errors and validation refusals.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedEmailRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface ScriptedReply {
  status: number;
  body: Record<string, unknown>;
}

export interface FakeResend {
  baseUrl: string;
  requests: RecordedEmailRequest[];
  reply: (...replies: ScriptedReply[]) => void; // queued; once empty, every request succeeds
  close: () => Promise<void>;
}

export async function startFakeResend(): Promise<FakeResend> {
  const requests: RecordedEmailRequest[] = [];
  const queue: ScriptedReply[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: JSON.parse(raw || "{}"),
      });
      const next =
        req.url === "/emails" && req.method === "POST"
          ? (queue.shift() ?? { status: 200, body: { id: `email_${requests.length}` } })
          : { status: 404, body: { statusCode: 404, name: "not_found", message: "no such route" } };
      res.writeHead(next.status, { "content-type": "application/json" });
      res.end(JSON.stringify(next.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
