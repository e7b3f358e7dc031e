// Schedules are per workspace and member.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { createTestDb } from "@/test/db";
import { findSchedule, saveSchedule } from "./availability";
import { addMember } from "./members";
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
