// The preload that gives per-IP limits the socket address: a forged X-Forwarded-For stays to its left.

import { createServer, type IncomingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { expect, it } from "vitest";
import { clientIp } from "@/lib/http/client-ip";

createRequire(import.meta.url)("./peer-address.cjs");

it("appends the socket address, so a forged X-Forwarded-For cannot choose the client IP", async () => {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6" } });
  await fetch(`http://127.0.0.1:${port}/`);
  await new Promise((resolve) => server.close(resolve));

  expect(seen.map((h) => h["x-forwarded-for"])).toEqual(["6.6.6.6, 127.0.0.1", "127.0.0.1"]);
  const forged = new Headers({ "x-forwarded-for": String(seen[0]?.["x-forwarded-for"]) });
  expect(clientIp({ headers: forged }, 0)).toBe("127.0.0.1");
});
