// A local fake push service (what FCM or Mozilla autopush are to a browser), over HTTPS as web-push requires,
// with a self-signed certificate made by openssl. Records each request; answers per endpoint from a script.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PushRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface FakePushService {
  origin: string;
  requests: PushRequest[];
  // Status codes answered to one endpoint path, in order; once used up (or unscripted) it answers 201.
  script: (pathname: string, ...statuses: number[]) => void;
  close: () => Promise<void>;
}

export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), "herald-push-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"],
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startFakePushService(): Promise<FakePushService> {
  const requests: PushRequest[] = [];
  const scripts = new Map<string, number[]>();
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const pathname = req.url ?? "";
      requests.push({ path: pathname, headers: req.headers, body: Buffer.concat(chunks) });
      const status = scripts.get(pathname)?.shift() ?? 201;
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 201 ? "" : `scripted ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    requests,
    script: (pathname, ...statuses) => scripts.set(pathname, statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
