// /demo's identity signer (issue 8, item 5): on only in development or with HERALD_DEMO=true, and only ever
// for the seeded demo workspace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { createWorkspace } from "@/db/queries/workspaces";
import { AppError } from "@/lib/errors";
import { identifyVisitor } from "@/lib/widget/identify";
import { startSession } from "@/lib/widget/session";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { demoWorkspaceAndIdentity } from "./personas";

const production = { NODE_ENV: "production", HERALD_DEMO: false } as const;
const productionDemo = { NODE_ENV: "production", HERALD_DEMO: true } as const;

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(() => conn.close());

// What a stranger gets from /demo as Jane, tried against the workspace it names.
async function janeFromDemo(config: typeof production | typeof productionDemo) {
  const { workspace, identify } = await demoWorkspaceAndIdentity(conn.db, "jane", config);
  if (!workspace || !identify) return { accepted: false };
  const { visitorId } = await startSession(conn.db, workspace.id, null);
  const result = await identifyVisitor(conn.db, { workspaceId: workspace.id, visitorId }, identify);
  return { accepted: result.visitor.email === "jane@globex.example", workspace };
}

describe("/demo identity signer", () => {
  it("signs nothing while no demo workspace exists", async () => {
    const { workspace, identify } = await demoWorkspaceAndIdentity(conn.db, "jane", productionDemo);
    expect(workspace).toBeUndefined();
    expect(identify).toBeNull();
  });

  it("Jane's demo signature is refused when /demo is off", async () => {
    await seedDemoWorkspace(conn.db);
    await createWorkspace(conn.db, "Real Co"); // the operator's own workspace, made by /setup
    const refusal = await janeFromDemo(production).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(404);
  });

  it("with HERALD_DEMO=true, signs Jane for the demo workspace only, never a real one", async () => {
    const { accepted, workspace } = await janeFromDemo(productionDemo);
    expect(accepted).toBe(true);
    expect(workspace?.publicKey).toBe("pk_acme_demo");
  });
});
