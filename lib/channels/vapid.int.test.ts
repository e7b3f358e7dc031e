import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { appSecrets } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { createTestDb } from "@/test/db";
import { defaultVapidSubject, vapidDetails } from "./vapid";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(async () => conn.close());

describe("VAPID keys", () => {
  it("are generated once, stored encrypted, and the same on every call (every instance)", async () => {
    const first = await vapidDetails(conn.db);
    const again = await vapidDetails(conn.db);
    expect(again).toEqual(first);
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/); // uncompressed P-256 point, base64url
    const [row] = await conn.db.select().from(appSecrets);
    expect(row.value).not.toContain(first.privateKey);
    expect(JSON.parse(decryptSecret(row.value)).privateKey).toBe(first.privateKey);
  });

  it("come from VAPID_* when set, without touching the database", async () => {
    const fromEnv = {
      VAPID_PUBLIC_KEY: "BPub",
      VAPID_PRIVATE_KEY: "priv",
      VAPID_SUBJECT: "mailto:ops@x.org",
    };
    expect(await vapidDetails(conn.db, { ...env(), ...fromEnv })).toEqual({
      publicKey: "BPub",
      privateKey: "priv",
      subject: "mailto:ops@x.org",
    });
  });

  it("name a contact push services accept: the https app URL, else the sender address", () => {
    expect(defaultVapidSubject("https://chat.example.com", "x")).toBe("https://chat.example.com");
    expect(defaultVapidSubject("http://localhost:3000", "Herald <ops@example.com>")).toBe(
      "mailto:ops@example.com",
    );
  });
});
