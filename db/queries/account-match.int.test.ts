// Regression (account match scanned every account): the visitor's account was found by testing every
// account of the workspace, an EXISTS over its contacts per account, for every Live Views row and every
// page view's publication: linear in the accounts a CRM sync brings (5-17 ms per row at 3,000). The match
// now starts from the indexes (contacts by email or phone, domains by GIN): its plan reads a handful of rows.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { accountContacts, customerAccounts } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { matchedAccountPerSourceSql, matchedAccountSql } from "./account-match";
import { analyzeCrmRecords } from "./crm-records";

const ACCOUNTS = 400;
let conn: Connection;
let workspaceId: string;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  const rows = await conn.db
    .insert(customerAccounts)
    .values(
      Array.from({ length: ACCOUNTS }, (_, i) => ({
        workspaceId,
        name: `Acct ${i}`,
        domains: [`d${i}.example`],
      })),
    )
    .returning({ id: customerAccounts.id });
  await conn.db.insert(accountContacts).values(
    rows.map((r, i) => ({
      workspaceId,
      accountId: r.id,
      email: `p@d${i}.example`,
      phone: `+1555${i}`,
      name: "P",
    })),
  );
  await analyzeCrmRecords(conn.db); // as a CRM sync does once it has written them
});
afterAll(() => conn.close());

type PlanNode = {
  "Node Type": string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};
// Every row a scan looked at, kept or filtered out, over all its loops.
const rowsRead = (node: PlanNode): number =>
  (/Scan$/.test(node["Node Type"]) && node["Node Type"] !== "Subquery Scan"
    ? (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0)) * node["Actual Loops"]
    : 0) + (node.Plans ?? []).reduce((sum, child) => sum + rowsRead(child), 0);

// The rows the match reads when the planner may use the indexes: a table this small is scanned whatever the
// query (cheaper), so seq scans are turned off for the measure; a query no index can answer still reads all.
async function rowsReadBy(query: ReturnType<typeof sql>) {
  const result = (await conn.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return tx.execute(sql`explain (analyze, format json) select ${query} as matched`);
  })) as unknown as { rows: { "QUERY PLAN": unknown }[] } | { "QUERY PLAN": unknown }[];
  const rows = Array.isArray(result) ? result : result.rows;
  const raw = rows[0]["QUERY PLAN"];
  const [plan] = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  return rowsRead(plan.Plan);
}

async function matched(query: ReturnType<typeof sql>) {
  const result = (await conn.db.execute(sql`select ${query} as matched`)) as unknown as
    | { rows: { matched: string | null }[] }
    | { matched: string | null }[];
  return (Array.isArray(result) ? result : result.rows)[0].matched;
}

const ws = () => sql`${workspaceId}::uuid`;
const text = (v: string | null) => sql`${v}::text`;

describe("the account match", () => {
  it.each([
    ["a contact's email", "p@d250.example", null, "Acct 250"],
    ["an email of the account's domain", "someone@d17.example", null, "Acct 17"],
    ["a contact's phone", null, "+1555300", "Acct 300"],
    ["an anonymous visitor", null, null, null],
    ["a free-mail address", "p@gmail.com", null, null],
  ])(
    "finds the account of %s reading a handful of rows, not every account",
    async (_case, email, phone, name) => {
      const query = matchedAccountSql("name", ws(), text(email), text(phone));
      expect(await matched(query)).toBe(name);
      // A handful of rows, where the scan read all 400 accounts (and their contacts).
      expect(await rowsReadBy(query)).toBeLessThan(20);
      expect(await rowsReadBy(matchedAccountPerSourceSql(ws(), text(email), text(phone)))).toBeLessThan(20);
    },
  );
});
