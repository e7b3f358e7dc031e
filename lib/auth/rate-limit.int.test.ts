// The sign-in limits against a real database: progressive delays per email (never a lock-out), a hard
// per-IP limit, counting that parallel attempts cannot race, and the throttle on account emails.
// Each case uses its own emails and IPs, so the cases share one database without sharing counters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { findSignInAttempts } from "@/db/queries/sign-in-attempts";
import { createTestDb } from "@/test/db";
import { checkPasswordAttempt, rules, takeAccountEmail } from "./rate-limit";

let conn: Connection;
let db: Db;
const t0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const seconds = (n: number) => n * 1000;

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
});

afterAll(async () => {
  await conn?.close();
});

const right = async () => true;
const wrong = async () => false;
const attempt = (email: string, ip: string | null, verify = wrong, now = t0) =>
  checkPasswordAttempt(db, { email, ip }, verify, now);

async function failTimes(times: number, email: string, ip: string | null, now = t0) {
  for (let i = 0; i < times; i++)
    expect(await attempt(email, ip, wrong, now)).toEqual({ ok: false, wrong: true });
}

describe("sign-in limits", () => {
  it("five wrong passwords from another IP do not stop the right password", async () => {
    await failTimes(5, "victim@example.test", "203.0.113.66");
    expect(await attempt("victim@example.test", "198.51.100.7", right)).toEqual({ ok: true });
  });

  it("slows one guesser progressively, and never locks: 10 s, then 20 s, … up to 5 minutes", async () => {
    const email = "slow@example.test";
    const ip = "192.0.2.5";
    await failTimes(5, email, ip);
    expect(await attempt(email, ip, right)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(await attempt(email, ip, wrong, at(seconds(10)))).toEqual({ ok: false, wrong: true });
    expect(await attempt(email, ip, right, at(seconds(15)))).toEqual({ ok: false, retryAfterSeconds: 15 });
    // Past the wait the right password works, and the email's counters start over.
    expect(await attempt(email, ip, right, at(seconds(30)))).toEqual({ ok: true });
    expect(await findSignInAttempts(db, `email-ip:${email}|${ip}`)).toBeUndefined();
  });

  it("caps the delay at five minutes however many failures", async () => {
    const email = "capped@example.test";
    const ip = "192.0.2.6";
    let now = t0;
    for (let i = 0; i < 12; i++) {
      expect(await attempt(email, ip, wrong, now)).toEqual({ ok: false, wrong: true });
      now = new Date(now.getTime() + rules.emailAndIp.delay.maxMs);
    }
    const waited = await attempt(email, ip, right, new Date(now.getTime() - rules.emailAndIp.delay.maxMs));
    expect(waited).toEqual({ ok: false, retryAfterSeconds: 300 });
  });

  it("slows guessing spread over many IPs after 20 failures for one email, by seconds only", async () => {
    const email = "spread@example.test";
    for (let i = 1; i <= 20; i++) await failTimes(1, email, `10.0.0.${i}`);
    expect(await attempt(email, "10.0.1.1", right)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(await attempt(email, "10.0.1.1", right, at(seconds(1)))).toEqual({ ok: true });
  });

  it("limits one IP to 30 failures in 15 minutes, whichever emails", async () => {
    const ip = "192.0.2.30";
    for (let i = 1; i <= 30; i++) await failTimes(1, `guess${i}@example.test`, ip);
    expect(await attempt("next@example.test", ip, right)).toEqual({ ok: false, retryAfterSeconds: 900 });
    expect(await attempt("next@example.test", "192.0.2.31", right)).toEqual({ ok: true });
    expect(await attempt("next@example.test", ip, right, at(15 * 60_000))).toEqual({ ok: true });
  });

  it("a right password gives back its attempt: only failures count against an IP", async () => {
    const ip = "192.0.2.40";
    await failTimes(2, "mixed@example.test", ip);
    for (let i = 0; i < 5; i++) expect(await attempt(`ok${i}@example.test`, ip, right)).toEqual({ ok: true });
    expect((await findSignInAttempts(db, `ip:${ip}`))?.failures).toBe(2);
  });

  it("20 parallel wrong tries record exactly 20", async () => {
    const ip = "192.0.2.20";
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(`parallel${i}@example.test`, ip)),
    );
    expect(results.every((r) => "wrong" in r)).toBe(true);
    expect((await findSignInAttempts(db, `ip:${ip}`))?.failures).toBe(20);
  });

  it("40 parallel tries from one IP evaluate exactly 30 passwords: the limit cannot be raced", async () => {
    const ip = "192.0.2.41";
    let evaluated = 0;
    const verify = async () => {
      evaluated++;
      await new Promise((resolve) => setTimeout(resolve, 5)); // hashing takes time: attempts overlap
      return false;
    };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(`race${i}@example.test`, ip, verify)),
    );
    expect(evaluated).toBe(rules.ip.limit);
    expect(results.filter((r) => "retryAfterSeconds" in r)).toHaveLength(40 - rules.ip.limit);
    expect((await findSignInAttempts(db, `ip:${ip}`))?.failures).toBe(rules.ip.limit);
  });
});

describe("account email throttle (magic links and password resets)", () => {
  it("the eleventh magic-link request in a minute is refused", async () => {
    const ip = "198.51.100.11";
    for (let i = 1; i <= 10; i++) {
      expect(await takeAccountEmail(db, `link${i}@example.test`, ip, t0)).toEqual({ allowed: true });
    }
    expect(await takeAccountEmail(db, "link11@example.test", ip, at(seconds(30)))).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect(await takeAccountEmail(db, "link11@example.test", ip, at(seconds(60)))).toEqual({ allowed: true });
  });

  it("sends at most 5 emails an hour to one address, from any IP, account or not", async () => {
    for (let i = 1; i <= 5; i++) {
      expect(await takeAccountEmail(db, "Target@Example.test", `198.51.100.${100 + i}`, t0)).toEqual({
        allowed: true,
      });
    }
    const sixth = await takeAccountEmail(db, "target@example.test", "198.51.100.200", t0);
    expect(sixth).toEqual({ allowed: false, retryAfterSeconds: 3600 });
  });
});
