// Schedules are per workspace and member; the planner's loader reads a whole workspace in one query.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { availabilityByMember } from "@/lib/availability/workspace-availability";
import { createTestDb } from "@/test/db";
import { findSchedule, loadMemberAvailability, saveSchedule } from "./availability";
import { addMember, setAvailability } from "./members";
import { createUser } from "./users";
import { createWorkspace } from "./workspaces";

let conn: Connection;
let db: Db;
const ws = { a: "", b: "" };
const user = { nadia: "", sam: "", both: "" };
const weekdays9to5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: 540, end: 1020 }));

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
  ws.a = (await createWorkspace(db, "A")).id;
  ws.b = (await createWorkspace(db, "B")).id;
  for (const name of ["nadia", "sam", "both"] as const) {
    user[name] = (await createUser(db, { email: `${name}@x.test`, name, passwordHash: null })).id;
  }
  await addMember(db, ws.a, user.nadia, "agent");
  await addMember(db, ws.a, user.sam, "supervisor");
  await addMember(db, ws.a, user.both, "agent");
  await addMember(db, ws.b, user.both, "agent");
});
afterAll(() => conn.close());

it("saves a schedule for one workspace only, with the member's time zone", async () => {
  await saveSchedule(db, ws.a, user.both, {
    enabled: true,
    intervals: weekdays9to5,
    timeZone: "Europe/Paris",
  });
  expect(await findSchedule(db, ws.a, user.both)).toEqual({ enabled: true, intervals: weekdays9to5 });
  expect(await findSchedule(db, ws.b, user.both)).toBeNull();
  await saveSchedule(db, ws.a, user.both, { enabled: false, intervals: [], timeZone: "Europe/Paris" });
  expect(await findSchedule(db, ws.a, user.both)).toEqual({ enabled: false, intervals: [] });
});

it("loads every member of the workspace, and only them", async () => {
  const rows = await loadMemberAvailability(db, ws.b);
  expect(rows.map((r) => r.userId)).toEqual([user.both]);
  expect(rows[0].schedule).toBeNull();
  expect((await loadMemberAvailability(db, ws.a, [user.nadia])).map((r) => r.userId)).toEqual([user.nadia]);
});

it("LV5: derives available, dnd and off_schedule per member", async () => {
  await saveSchedule(db, ws.a, user.nadia, {
    enabled: true,
    intervals: weekdays9to5,
    timeZone: "Europe/Paris",
  });
  await setAvailability(db, ws.a, user.sam, { status: "dnd", dndUntil: null });
  const sundayNoon = new Date("2026-06-07T10:00:00Z");
  const availability = await availabilityByMember(db, ws.a, sundayNoon);
  expect(Object.fromEntries([...availability].map(([id, a]) => [id, a]))).toEqual({
    [user.nadia]: "off_schedule",
    [user.sam]: "dnd",
    [user.both]: "available",
  });
});
