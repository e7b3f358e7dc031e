// Round-robin assignment of a new visitor conversation on a real database: members who cannot take a chat now
// (Do Not Disturb, or outside their personal weekly schedule) are skipped.
import { describe, expect, it } from "vitest";
import { saveSchedule } from "@/db/queries/availability";
import { setAvailability } from "@/db/queries/members";
import { withDemoWorkspace } from "@/test/demo";
import { routeNewConversation } from "./route-conversation";

const demo = withDemoWorkspace();

// Sales is Nadia, Luca, Matteo (in that order). A Sunday noon in Europe/Paris.
const sundayNoon = new Date("2026-06-07T10:00:00Z");
const weekdays9to5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: 540, end: 1020 }));
const route = () => demo.conn.db.transaction((tx) => routeNewConversation(tx, demo.workspaceId, sundayNoon));

describe("round-robin assignment", () => {
  it("round-robin skips a member outside their personal schedule, as it skips Do Not Disturb", async () => {
    await saveSchedule(demo.conn.db, demo.workspaceId, demo.ids.nadia, {
      enabled: true,
      intervals: weekdays9to5,
      timeZone: "Europe/Paris",
    });
    await setAvailability(demo.conn.db, demo.workspaceId, demo.ids.luca, { status: "dnd", dndUntil: null });
    const assigned = [await route(), await route()].map((a) => a.assigneeId);
    expect(assigned).toEqual([demo.ids.matteo, demo.ids.matteo]);
  });

  it("queues the conversation when every member is off schedule or on Do Not Disturb", async () => {
    await saveSchedule(demo.conn.db, demo.workspaceId, demo.ids.matteo, {
      enabled: true,
      intervals: weekdays9to5,
      timeZone: "Europe/Paris",
    });
    expect((await route()).assigneeId).toBeNull();
  });
});
