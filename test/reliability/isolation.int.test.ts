// Isolation: every server action and every route a member (or a visitor) of workspace B can call, called with
// workspace A's ids. Expected: refused, or done to B only: A's rows are the same before and after (every table
// with a workspace_id, and A's members' user rows), and the answer carries none of A's data. The actions and
// routes are read from the code (code-scan.ts): one missing from isolation-cases.ts fails the first tests.
// The queries underneath are checked one by one in db/queries/isolation.int.test.ts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { createInvitation } from "@/db/queries/invitations";
import { addMember, findMemberForUser, type Member } from "@/db/queries/members";
import { createRoutingGroup } from "@/db/queries/routing-groups";
import { upsertSlaPolicy } from "@/db/queries/sla-policies";
import { findSmsWallet, updateSmsWallet } from "@/db/queries/sms-wallet";
import { createUser } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { crmConnections, pushSubscriptions, visitorDevices, visitors } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import type { ActionState } from "@/lib/actions/safe-action";
import { channelRegistry } from "@/lib/channels";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { type StripeBilling, stripeBilling } from "@/lib/integrations/stripe/client";
import { payOnSandboxCheckout } from "@/lib/integrations/stripe/sandbox/checkout";
import { type StripeSandbox, startStripeSandbox } from "@/lib/integrations/stripe/sandbox/server";
import { SANDBOX_SECRET_KEY } from "@/lib/integrations/stripe/sandbox/store";
import { dispatchDue } from "@/lib/notifications/delivery/dispatch";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { tokenWorkspaceOf } from "@/test/token-workspace";
import { routeFiles, serverActionModules } from "./code-scan";
import { recordFigures } from "./figures";
import {
  actionInputs,
  actionsWithoutWorkspaceIds,
  type IdsOfA,
  type OwnOfB,
  type RouteCall,
  routeCalls,
  routesWithoutWorkspaceIds,
} from "./isolation-cases";

const caller = vi.hoisted(() => ({ member: null as unknown }));
vi.mock("@/lib/auth/member", () => ({
  currentMember: vi.fn(async () => caller.member),
  requireMember: vi.fn(async () => caller.member),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-forwarded-for": "10.20.30.40", host: "localhost" })),
  cookies: vi.fn(async () => ({ get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [] })),
}));

const root = path.resolve(import.meta.dirname, "../..");
let conn: Connection;
let a: IdsOfA;
let b: OwnOfB;
let bWorkspaceId: string;
let stripeSandbox: StripeSandbox;
let cardOfA: string; // A's saved payment method
// A's identifying data: an answer to B that contains any of these has leaked A.
let markersOfA: string[];

async function one<T>(text: string, values: unknown[] = []): Promise<T> {
  return (await conn.executeSql(text, values)).rows[0] as T;
}

beforeAll(async () => {
  // Stripe is the local sandbox, where A has saved a card through Checkout.
  stripeSandbox = await startStripeSandbox();
  vi.stubEnv("STRIPE_SECRET_KEY", SANDBOX_SECRET_KEY);
  vi.stubEnv("STRIPE_API_URL", stripeSandbox.url);
  // Providers that an action may call: nothing listens there, so the call fails at once.
  vi.stubEnv("HUBSPOT_API_URL", "http://127.0.0.1:9");
  vi.stubEnv("SLACK_API_URL", "http://127.0.0.1:9/api/");
  conn = await createTestDb();
  useAsAppDb(conn);
  const demo = await seedDemoWorkspace(conn.db);
  const ws = demo.workspaceId;
  const [visitor] = await conn.db
    .insert(visitors)
    .values({ workspaceId: ws, name: "Visitor of A" })
    .returning();
  const { conversationId } = await postVisitorMessage(conn.db, {
    workspaceId: ws,
    visitorId: visitor.id,
    body: "Hi A",
  });
  await conn.executeSql("update conversations set needs_assistance = true where id = $1", [conversationId]);
  await dispatchDue(conn.db, { registry: channelRegistry({ publish: async () => ({ ok: true }) }) });
  const account = await one<{ id: string }>(
    "select id from customer_accounts where workspace_id = $1 limit 1",
    [ws],
  );
  const contact = await one<{ id: string }>(
    "select id from account_contacts where workspace_id = $1 limit 1",
    [ws],
  );
  const groups = await one<{ sales: string; support: string }>(
    "select max(id::text) filter (where name = 'Sales') as sales, max(id::text) filter (where name = 'Support') as support from routing_groups where workspace_id = $1",
    [ws],
  );
  const notification = await one<{ id: string }>(
    "select id from notifications where workspace_id = $1 limit 1",
    [ws],
  );
  const invitation = await createInvitation(conn.db, ws, {
    email: "later@acme.test",
    role: "agent",
    invitedByUserId: demo.ids.ada,
  });
  await upsertSlaPolicy(conn.db, ws, {
    groupId: groups.sales,
    firstResponseMinutes: 5,
    nextResponseMinutes: null,
    resolutionMinutes: null,
    warningPercent: 80,
  });
  const [crm] = await conn.db
    .insert(crmConnections)
    .values({ workspaceId: ws, provider: "hubspot", accessTokenEncrypted: "x" })
    .returning();
  const pushEndpoint = `https://fcm.googleapis.com/fcm/send/agent-of-a`;
  const [pushSubscription] = await conn.db
    .insert(pushSubscriptions)
    .values({ workspaceId: ws, userId: demo.ids.nadia, endpoint: pushEndpoint, p256dh: "p", auth: "a" })
    .returning();
  const deviceToken = "fcm-token-of-a-visitor";
  await conn.db
    .insert(visitorDevices)
    .values({ workspaceId: ws, visitorId: visitor.id, provider: "fcm", token: deviceToken, appId: "test.a" });
  const stripe = stripeBilling({
    STRIPE_SECRET_KEY: SANDBOX_SECRET_KEY,
    STRIPE_API_URL: stripeSandbox.url,
  }) as StripeBilling;
  const customerId = await stripe.ensureCustomer(ws, "Acme");
  const checkout = await stripe.startCardSetup({
    customerId,
    successUrl: "http://localhost/back?checkout={CHECKOUT_SESSION_ID}",
    cancelUrl: "http://localhost/back",
  });
  const checkoutSessionId =
    new URL(await payOnSandboxCheckout(checkout, "4242424242424242")).searchParams.get("checkout") ?? "";
  const card = await stripe.readCardSetup(checkoutSessionId);
  cardOfA = card?.paymentMethodId ?? "";
  await updateSmsWallet(conn.db, ws, { stripeCustomerId: customerId, stripePaymentMethodId: cardOfA });
  a = {
    workspaceId: ws,
    publicKey: DEMO_PUBLIC_KEY,
    conversationId,
    visitorId: visitor.id,
    accountId: account.id,
    contactId: contact.id,
    groupId: groups.sales,
    otherGroupId: groups.support,
    agentId: demo.ids.nadia,
    adminId: demo.ids.ada,
    invitationId: invitation.invitation.id,
    notificationId: notification.id,
    slaPolicyId: (await one<{ id: string }>("select id from sla_policies where workspace_id = $1", [ws])).id,
    crmConnectionId: crm.id,
    pushEndpoint,
    pushSubscriptionId: pushSubscription.id,
    deliveryId: (await one<{ id: string }>("select id from deliveries where workspace_id = $1 limit 1", [ws]))
      .id,
    deviceToken,
    checkoutSessionId,
  };
  markersOfA = ["Acme", "acme.test", "Globex", "Visitor of A", "Hi A", "pk_acme_demo"];

  // Workspace B: its admin (the strongest caller: a role check cannot be what refuses) and a visitor.
  const beta = await createWorkspace(conn.db, "Beta");
  const bAdmin = await createUser(conn.db, {
    email: "admin@beta.test",
    name: "Beta Admin",
    passwordHash: null,
  });
  await addMember(conn.db, beta.id, bAdmin.id, "admin");
  bWorkspaceId = beta.id;
  await createRoutingGroup(conn.db, beta.id, { name: "Beta Sales", isDefault: true });
  const [bVisitor] = await conn.db.insert(visitors).values({ workspaceId: beta.id }).returning();
  b = {
    publicKey: beta.publicKey,
    visitorToken: signVisitorToken(await tokenWorkspaceOf(conn.db, beta.id), bVisitor.id),
  };
  caller.member = (await findMemberForUser(conn.db, bAdmin.id)) as Member;
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await conn?.close();
  await stripeSandbox?.close();
});

// A digest per table of A's rows: which table changed, if any.
async function stateOfA(): Promise<Record<string, string>> {
  const { rows } = await conn.executeSql(
    "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'workspace_id' order by table_name",
  );
  const state: Record<string, string> = {};
  for (const { table_name: table } of rows as { table_name: string }[]) {
    const row = await one<{ h: string }>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table}" t where workspace_id = $1`,
      [a.workspaceId],
    );
    state[table] = row.h;
  }
  const users = await one<{ h: string }>(
    `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from users t where id in (select user_id from memberships where workspace_id = $1)`,
    [a.workspaceId],
  );
  state.users = users.h;
  return state;
}

const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(after).filter((t) => before[t] !== after[t]);
const leaked = (answer: string) => markersOfA.filter((m) => answer.includes(m));

function toRequest(call: RouteCall): Request {
  const body =
    call.body === undefined
      ? undefined
      : typeof call.body === "string"
        ? call.body
        : JSON.stringify(call.body);
  return new Request(`http://localhost${call.path}`, {
    method: call.method,
    headers: {
      origin: "http://localhost",
      "content-type": call.contentType ?? "application/json",
      ...(call.bearer ? { authorization: `Bearer ${call.bearer}` } : {}),
    },
    body,
  });
}

const figures = { routes: 0, routeCalls: 0, actions: 0, crossings: 0, refused: 0, doneToBOnly: 0 };
const crossings: string[] = [];
// Actions that were given one of A's ids and answered "done" anyway (nothing changed, but the admin is told so).
const saidDoneToForeignId: string[] = [];

// Whether an input carries one of A's ids (the actions that take no id only have to change B alone).
const idsOfA = () =>
  new Set(
    Object.entries(a)
      .filter(([k]) => k !== "publicKey")
      .map(([, v]) => v),
  );
const carriesIdOfA = (input: unknown): boolean =>
  typeof input === "string"
    ? idsOfA().has(input)
    : Array.isArray(input)
      ? input.some(carriesIdOfA)
      : typeof input === "object" && input !== null && Object.values(input).some(carriesIdOfA);

describe("isolation: a member of B with A's ids", () => {
  it("every server action is called or listed as taking no workspace's ids", () => {
    const missing = serverActionModules().flatMap((m) =>
      m.file in actionsWithoutWorkspaceIds
        ? []
        : m.actions.filter((name) => !(name in actionInputs)).map((n) => `${m.file}: ${n}`),
    );
    expect(missing).toEqual([]);
  });

  it("every route file is called or listed as taking no workspace's ids", () => {
    const missing = routeFiles()
      .map((r) => r.file)
      .filter((file) => !(file in routeCalls) && !(file in routesWithoutWorkspaceIds));
    expect(missing).toEqual([]);
  });

  it("every server action leaves A unchanged and tells B nothing of A", async () => {
    for (const module of serverActionModules()) {
      if (module.file in actionsWithoutWorkspaceIds) continue;
      const exports = (await import(path.join(root, module.file))) as Record<string, unknown>;
      for (const name of module.actions) {
        const action = exports[name] as (prev: undefined, input: unknown) => Promise<ActionState>;
        const before = await stateOfA();
        const input = actionInputs[name](a);
        const answer = await action(undefined, input);
        const changed = changedTables(before, await stateOfA());
        const leaks = leaked(JSON.stringify(answer));
        figures.actions++;
        if (answer.ok) figures.doneToBOnly++;
        else figures.refused++;
        if (answer.ok && carriesIdOfA(input)) saidDoneToForeignId.push(`${name}: ${JSON.stringify(answer)}`);
        if (changed.length || leaks.length) {
          figures.crossings++;
          crossings.push(
            `${name}: changed ${changed.join(", ") || "nothing"}; leaked ${leaks.join(", ") || "nothing"}`,
          );
        }
      }
    }
    expect(crossings).toEqual([]);
  }, 120_000);

  // Found by this suite: setCrmRouting, disconnectCrm, deleteAccount, removeAccountContact and setSlackChannel, given another
  // workspace's id, changed nothing but answered "Disconnected", "Account deleted.", … as if they had.
  it("an action given another workspace's id is refused, never answered as done (finding: five actions said done)", () => {
    expect(figures.actions).toBeGreaterThan(0);
    expect(saidDoneToForeignId).toEqual([]);
  });

  it("the check sees a change: A's own admin renaming A's group changes A", async () => {
    const { renameRoutingGroup } = await import("@/lib/actions/rename-routing-group");
    const ofB = caller.member;
    caller.member = await findMemberForUser(conn.db, a.adminId);
    try {
      const before = await stateOfA();
      expect(
        await renameRoutingGroup(undefined, { groupId: a.otherGroupId, name: "Support (renamed by A)" }),
      ).toMatchObject({ ok: true });
      expect(changedTables(before, await stateOfA())).toEqual(["routing_groups"]);
    } finally {
      caller.member = ofB;
    }
  });

  it("every member and widget route leaves A unchanged and tells B nothing of A", async () => {
    for (const [file, calls] of Object.entries(routeCalls)) {
      const route = (await import(path.join(root, file))) as Record<string, unknown>;
      figures.routes++;
      for (const call of calls(a, b)) {
        const handler = route[call.method] as (
          r: Request,
          c: { params: Promise<Record<string, string>> },
        ) => Promise<Response>;
        const before = await stateOfA();
        const response = await handler(toRequest(call), { params: Promise.resolve(call.params ?? {}) });
        const text = await response.text();
        const changed = changedTables(before, await stateOfA());
        const leaks = leaked(text);
        figures.routeCalls++;
        if (response.status >= 400) figures.refused++;
        else figures.doneToBOnly++;
        if (response.status >= 500 || changed.length || leaks.length) {
          figures.crossings++;
          crossings.push(
            `${call.method} ${call.path} ${response.status}: changed ${changed.join(", ") || "nothing"}; leaked ${leaks.join(", ") || "nothing"}`,
          );
        }
      }
    }
    recordFigures("isolation", figures);
    expect(crossings).toEqual([]);
  }, 120_000);

  // A's card taken into B's wallet changes B's rows, not A's: the digest of A cannot see it, so it is checked here.
  it("B's wallet never holds A's card (Stripe Checkout's return given A's session)", async () => {
    expect(cardOfA).toMatch(/^pm_/);
    expect((await findSmsWallet(conn.db, bWorkspaceId)).stripePaymentMethodId).not.toBe(cardOfA);
  });
});
