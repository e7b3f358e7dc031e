// The failed-sign-in limiter against a real database: 5 failures per email, 20 per IP, 15-minute windows.
// Each case uses its own emails and IPs, so the cases share one database without sharing counters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { findSignInAttempts } from "@/db/queries/sign-in-attempts";
import { createTestDb } from "@/test/db";
import { noteSignInFailure, noteSignInSuccess, SIGN_IN_WINDOW_MS, signInLockedFor } from "./rate-limit";

let conn: Connection;
let db: Db;
const t0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const minutes = (n: number) => n * 60_000;

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
});

afterAll(async () => {
  await conn?.close();
});

async function fail(times: number, email: string, ip: string | null, now = t0) {
  for (let i = 0; i < times; i++) await noteSignInFailure(db, email, ip, now);
}

describe("sign-in rate limit", () => {
  it("locks an email after 5 failures and says how many minutes to wait", async () => {
    await fail(4, "five@example.test", null);
    expect(await signInLockedFor(db, "five@example.test", null, t0)).toBe(0);
    // The email is matched whatever its case or surrounding spaces.
    await fail(1, " Five@Example.TEST", null);
    expect(await signInLockedFor(db, "five@example.test", null, t0)).toBe(15);
    expect(await signInLockedFor(db, "five@example.test", "198.51.100.1", at(minutes(6)))).toBe(9);
    // Another email is not affected.
    expect(await signInLockedFor(db, "other@example.test", null, t0)).toBe(0);
  });

  it("starts a new window once the old one is over", async () => {
    await fail(5, "window@example.test", null);
    expect(await signInLockedFor(db, "window@example.test", null, at(SIGN_IN_WINDOW_MS - 1000))).toBe(1);
    const later = at(SIGN_IN_WINDOW_MS + 1000);
    expect(await signInLockedFor(db, "window@example.test", null, later)).toBe(0);
    // The count restarts from one: four more failures do not lock, the fifth does.
    await fail(4, "window@example.test", null, later);
    expect((await findSignInAttempts(db, "email:window@example.test"))?.failures).toBe(4);
    expect(await signInLockedFor(db, "window@example.test", null, later)).toBe(0);
    await fail(1, "window@example.test", null, later);
    expect(await signInLockedFor(db, "window@example.test", null, later)).toBe(15);
  });

  it("clears the email's count on success but not the IP's", async () => {
    const ip = "203.0.113.7";
    await fail(4, "lucky@example.test", ip);
    await noteSignInSuccess(db, "lucky@example.test");
    await fail(4, "lucky@example.test", ip);
    expect(await signInLockedFor(db, "lucky@example.test", null, t0)).toBe(0);
    expect((await findSignInAttempts(db, `ip:${ip}`))?.failures).toBe(8);
    // Twelve more from the same IP (never 5 for one email) reach the IP's limit of 20.
    for (const email of ["x1@example.test", "x2@example.test", "x3@example.test"]) await fail(4, email, ip);
    expect(await signInLockedFor(db, "fresh@example.test", ip, t0)).toBe(15);
  });

  it("locks an IP after 20 failures, whichever emails were tried", async () => {
    const ip = "192.0.2.20";
    for (let i = 1; i <= 19; i++) await fail(1, `guess${i}@example.test`, ip);
    expect(await signInLockedFor(db, "next@example.test", ip, t0)).toBe(0);
    await fail(1, "guess20@example.test", ip);
    expect(await signInLockedFor(db, "next@example.test", ip, t0)).toBe(15);
    expect(await signInLockedFor(db, "next@example.test", ip, at(minutes(10)))).toBe(5);
    // Only that IP: the same email from elsewhere may still try.
    expect(await signInLockedFor(db, "next@example.test", "192.0.2.21", t0)).toBe(0);
    expect(await signInLockedFor(db, "next@example.test", null, t0)).toBe(0);
  });
});
