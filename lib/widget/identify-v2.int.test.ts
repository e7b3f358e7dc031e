// Identity verification v2 (issue 8, item 6): the site signs email, phone, name and an issued-at time; a signature
// older than 24 h or over other fields is refused; unsigned fields are unverified claims that match no account;
// legacy v1 (the email alone) only behind the workspace's switch.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findVisitor } from "@/db/queries/visitors";
import { workspaces } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { identifyVisitor } from "./identify";
import { identitySecretOf, identitySignature, identitySignatureV2, type SignedClaim } from "./identity";
import { startSession } from "./session";
import { recordPageView } from "./visits";

let conn: Connection;
let workspaceId: string;
let secret: string;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  secret = await identitySecretOf(conn.db, workspaceId);
});
afterAll(() => conn.close());

const now = new Date("2026-12-01T12:00:00Z");
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const hoursAgo = (h: number) => seconds(now) - h * 3600;

async function newVisitor() {
  const visitor = { workspaceId, visitorId: (await startSession(conn.db, workspaceId, null)).visitorId };
  await recordPageView(conn.db, visitor, { url: "https://globex.example/" });
  return visitor;
}
const stored = (visitorId: string) => findVisitor(conn.db, workspaceId, visitorId);
// Jane works at the seeded account Globex (owner Nadia), so her email makes her a known visitor.
const jane = (issuedAt: number): SignedClaim => ({
  email: "jane@globex.example",
  phone: "+15555550100",
  name: "Jane Cooper",
  issuedAt,
});
const signed = (claim: SignedClaim) => ({ ...claim, signature: identitySignatureV2(secret, claim) });

describe("identity verification v2", () => {
  it("a fresh signature over every field identifies the visitor", async () => {
    const visitor = await newVisitor();
    const result = await identifyVisitor(conn.db, visitor, signed(jane(hoursAgo(23))), now);
    expect(result).toMatchObject({ verified: true, visitor: { email: "jane@globex.example" } });
    expect(result.notifications).not.toBeNull(); // a known account: Live View notifications are decided
    expect(await stored(visitor.visitorId)).toMatchObject({ phone: "+15555550100", name: "Jane Cooper" });
  });

  it("expired identity refused: a signature more than 24 hours old stores nothing", async () => {
    const visitor = await newVisitor();
    await expect(identifyVisitor(conn.db, visitor, signed(jane(hoursAgo(25))), now)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/24 hours/),
    });
    // A signature with no issue time cannot be checked for age: refused too.
    const { issuedAt: _, ...timeless } = signed(jane(hoursAgo(1)));
    await expect(identifyVisitor(conn.db, visitor, timeless, now)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { issuedAt: expect.any(String) },
    });
    expect(await stored(visitor.visitorId)).toMatchObject({ email: null, phone: null, name: null });
  });

  it("field-tampered identity refused: a genuine signature with another phone, name or time stores nothing", async () => {
    const visitor = await newVisitor();
    const genuine = signed(jane(hoursAgo(1)));
    const tampered = [
      { ...genuine, phone: "+15555550199" },
      { ...genuine, name: "Ada Admin" },
      { ...genuine, issuedAt: genuine.issuedAt + 3600 },
      // What legacy v1 accepted: the email's signature alone, with any phone and name beside it.
      {
        email: genuine.email,
        phone: "+15555550199",
        name: "Ada Admin",
        issuedAt: genuine.issuedAt,
        signature: identitySignature(secret, genuine.email ?? ""),
      },
    ];
    for (const claim of tampered) {
      await expect(identifyVisitor(conn.db, visitor, claim, now)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    expect(await stored(visitor.visitorId)).toMatchObject({ email: null, phone: null, name: null });
  });

  it("unsigned fields are stored as an unverified claim, never as the visitor's identity", async () => {
    const visitor = await newVisitor();
    const claim = { email: "jane@globex.example", name: "Jane Cooper" };
    const result = await identifyVisitor(conn.db, visitor, claim, now);
    expect(result).toMatchObject({
      verified: false,
      notifications: null,
      visitor: { email: null, name: null },
    });
    expect(await stored(visitor.visitorId)).toMatchObject({
      email: null,
      name: null,
      unverifiedEmail: "jane@globex.example",
      unverifiedName: "Jane Cooper",
    });
    // A signed identity later supersedes the claim.
    await identifyVisitor(conn.db, visitor, signed(jane(hoursAgo(0))), now);
    expect(await stored(visitor.visitorId)).toMatchObject({
      email: "jane@globex.example",
      unverifiedName: null,
    });
  });

  it("legacy (weaker): the email's v1 signature still works, and phone and name stay unverified", async () => {
    await conn.db
      .update(workspaces)
      .set({ identityVerification: "legacy" })
      .where(eq(workspaces.id, workspaceId));
    try {
      const visitor = await newVisitor();
      const claim = { email: "jane@globex.example", phone: "+15555550199", name: "Jane Cooper" };
      const result = await identifyVisitor(
        conn.db,
        visitor,
        { ...claim, signature: identitySignature(secret, claim.email) },
        now,
      );
      expect(result.verified).toBe(true);
      expect(await stored(visitor.visitorId)).toMatchObject({
        email: "jane@globex.example",
        phone: null,
        name: null,
        unverifiedPhone: "+15555550199",
        unverifiedName: "Jane Cooper",
      });
    } finally {
      await conn.db
        .update(workspaces)
        .set({ identityVerification: "v2" })
        .where(eq(workspaces.id, workspaceId));
    }
  });
});
