// Round-robin assignment of a new visitor conversation on a real database: members who cannot take a chat now
// (Do Not Disturb, or outside their personal weekly schedule) are skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { saveSchedule } from "@/db/queries/availability";
import { setAvailability } from "@/db/queries/members";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { routeNewConversation } from "./route-conversation";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

// Sales is Nadia, Luca, Matteo (in that order). A Sunday noon in Europe/Paris.
const sundayNoon = new Date("2026-06-07T10:00:00Z");
const weekdays9to5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: 540, end: 1020 }));
const route = () => conn.db.transaction((tx) => routeNewConversation(tx, workspaceId, sundayNoon));

describe("round-robin assignment", () => {
  it("round-robin skips a member outside their personal schedule, as it skips Do Not Disturb", async () => {
    await saveSchedule(conn.db, workspaceId, ids.nadia, {
      enabled: true,
      intervals: weekdays9to5,
      timeZone: "Europe/Paris",
    });
    await setAvailability(conn.db, workspaceId, ids.luca, { status: "dnd", dndUntil: null });
    const assigned = [await route(), await route()].map((a) => a.assigneeId);
    expect(assigned).toEqual([ids.matteo, ids.matteo]);
  });

  it("queues the conversation when every member is off schedule or on Do Not Disturb", async () => {
    await saveSchedule(conn.db, workspaceId, ids.matteo, {
      enabled: true,
      intervals: weekdays9to5,
      timeZone: "Europe/Paris",
    });
    expect((await route()).assigneeId).toBeNull();
  });
});
