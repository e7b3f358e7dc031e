// Accounts end to end in the database: workspace scoping, domain uniqueness, all-or-nothing CSV import,
// visitor matching, and the company shown on Live Views.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { accountOfVisitor } from "@/lib/accounts/match";
import { createTestDb } from "@/test/db";
import { importAccounts, previewAccountImport } from "./account-import";
import { addAccountContact, removeAccountContact, setAccountOwners } from "./account-people";
import { isAccountBasedRoutingOn, setAccountBasedRouting } from "./account-source-settings";
import { countAccounts, createAccount, deleteAccount, listAccounts, updateAccount } from "./accounts";
import { listLiveVisitors } from "./live-views";
import { addMember } from "./members";
import { createUser } from "./users";
import { insertVisitor, setVisitorIdentity } from "./visitors";
import { startVisit } from "./visits";
import { createWorkspace } from "./workspaces";

let conn: Connection;
let db: Db;
const ws = { a: "", b: "" };
const user = { ada: "", bob: "" };

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
  ws.a = (await createWorkspace(db, "A")).id;
  ws.b = (await createWorkspace(db, "B")).id;
  user.ada = (await createUser(db, { email: "ada@a.test", name: "Ada", passwordHash: null })).id;
  user.bob = (await createUser(db, { email: "bob@b.test", name: "Bob", passwordHash: null })).id;
  await addMember(db, ws.a, user.ada, "admin");
  await addMember(db, ws.b, user.bob, "admin");
});
afterAll(() => conn.close());

describe("accounts", () => {
  it("keeps domains unique per workspace, not across workspaces", async () => {
    await createAccount(db, ws.a, { name: "Initech", domains: ["initech.com"], target: true });
    await expect(
      createAccount(db, ws.a, { name: "Other", domains: ["initech.com"], target: false }),
    ).rejects.toMatchObject({
      fieldErrors: { domains: "initech.com already belongs to Initech" },
    });
    await expect(
      createAccount(db, ws.a, { name: "INITECH", domains: [], target: false }),
    ).rejects.toMatchObject({
      fieldErrors: { name: "An account with this name exists" },
    });
    await expect(
      createAccount(db, ws.b, { name: "Initech", domains: ["initech.com"], target: false }),
    ).resolves.toBeTruthy();
  });

  it("rejects ids from another workspace", async () => {
    const [bAccount] = await listAccounts(db, ws.b);
    const fields = { name: "Hijacked", domains: [], target: false };
    expect(await updateAccount(db, ws.a, bAccount.id, fields)).toBe(false);
    await expect(setAccountOwners(db, ws.a, bAccount.id, [user.ada])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      addAccountContact(db, ws.a, bAccount.id, { email: "x@y.z", phone: null, name: null }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const contact = await addAccountContact(db, ws.b, bAccount.id, {
      email: "x@y.z",
      phone: null,
      name: null,
    });
    expect(await removeAccountContact(db, ws.a, contact.id)).toBe(false);
    expect(await deleteAccount(db, ws.a, bAccount.id)).toBe(false);
    expect((await listAccounts(db, ws.b))[0]).toMatchObject({
      name: "Initech",
      contacts: [{ email: "x@y.z" }],
    });
  });

  it("accepts only workspace members as owners", async () => {
    const [initech] = await listAccounts(db, ws.a, "initech");
    await expect(setAccountOwners(db, ws.a, initech.id, [user.bob])).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await setAccountOwners(db, ws.a, initech.id, [user.ada]);
    expect((await listAccounts(db, ws.a, "INITECH.COM"))[0].owners).toEqual([
      { userId: user.ada, name: "Ada" },
    ]);
  });

  it("stores the Account-Based Routing toggle per workspace", async () => {
    expect(await isAccountBasedRoutingOn(db, ws.a)).toBe(false);
    await setAccountBasedRouting(db, ws.a, true);
    expect(await isAccountBasedRoutingOn(db, ws.a)).toBe(true);
    expect(await isAccountBasedRoutingOn(db, ws.b)).toBe(false);
  });
});

describe("CSV import", () => {
  const header = "name,domains,owner_email,contact_email,contact_phone,contact_name";

  it("imports nothing when one row is bad", async () => {
    const before = await countAccounts(db, ws.a);
    const csv = `${header}\nHooli,hooli.com,ada@a.test,gavin@hooli.com,,Gavin\nBad,,bob@b.test,,,`;
    const result = await importAccounts(db, ws.a, csv);
    expect(result.imported).toBe(false);
    expect(result.errors).toEqual([
      { line: 3, column: "owner_email", message: "owner_email bob@b.test is not a member" },
    ]);
    expect(await countAccounts(db, ws.a)).toBe(before);
  });

  it("imports every row, adding to an existing account of the same name", async () => {
    const csv = `${header}\nHooli,hooli.com,ada@a.test,gavin@hooli.com,,Gavin\nhooli,hooli.xyz,,,+1 (555) 010-0999,\ninitech,initech.io,,peter@gmail.com,,Peter`;
    expect((await previewAccountImport(db, ws.a, csv)).errors).toEqual([]);
    expect((await importAccounts(db, ws.a, csv)).imported).toBe(true);
    const accounts = await listAccounts(db, ws.a);
    expect(accounts.map((a) => [a.name, a.domains, a.contacts.length])).toEqual([
      ["Hooli", ["hooli.com", "hooli.xyz"], 2],
      ["Initech", ["initech.com", "initech.io"], 1],
    ]);
  });
});

describe("accountOfVisitor", () => {
  it.each([
    ["a contact's email, before any domain", { email: "Peter@Gmail.com", phone: null }, "Initech"],
    ["a contact's phone, however written", { email: null, phone: "+15550100999" }, "Hooli"],
    ["an account's domain", { email: "someone@hooli.xyz", phone: null }, "Hooli"],
    ["no free-mail domain", { email: "stranger@gmail.com", phone: null }, null],
    ["nothing unknown", { email: "x@unknown.example", phone: null }, null],
  ])("matches %s", async (_case, visitor, name) => {
    expect((await accountOfVisitor(db, ws.a, visitor))?.name ?? null).toBe(name);
  });

  it("gives the planner the owners and the target flag", async () => {
    expect(await accountOfVisitor(db, ws.a, { email: "a@initech.com", phone: null })).toMatchObject({
      target: true,
      owners: [{ crmUserId: null, userId: user.ada }],
    });
  });

  it("never matches another workspace's account", async () => {
    expect(await accountOfVisitor(db, ws.b, { email: "a@hooli.com", phone: null })).toBeNull();
  });

  it("names the matched account as the company on Live Views", async () => {
    const known = await insertVisitor(db, ws.a);
    await setVisitorIdentity(db, ws.a, known.id, { email: "gavin@hooli.com" });
    const other = await insertVisitor(db, ws.a);
    await setVisitorIdentity(db, ws.a, other.id, { email: "jo@globex.example" });
    await startVisit(db, { workspaceId: ws.a, visitorId: known.id });
    await startVisit(db, { workspaceId: ws.a, visitorId: other.id });
    const rows = await listLiveVisitors(db, ws.a, new Date(Date.now() - 60_000));
    expect(Object.fromEntries(rows.map((r) => [r.email, r.accountName]))).toEqual({
      "gavin@hooli.com": "Hooli",
      "jo@globex.example": null,
    });
  });
});
