// Found by the reliability suite's chaos run (issue 9): pg-boss sends multi-statement text with BEGIN … COMMIT
// through executeSql; when a statement in it failed, the connection went back to the pool inside the aborted
// transaction, and every later query that drew it failed with 25P02 ("current transaction is aborted"), the
// worker's restarts included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { createTestDb } from "@/test/db";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(() => conn.close());

describe("executeSql", () => {
  it("a failed statement inside BEGIN … COMMIT leaves no aborted transaction behind (chaos finding: 25P02 after a failed pg-boss step)", async () => {
    await expect(conn.executeSql("BEGIN; SELECT 1 / 0; COMMIT;")).rejects.toThrow(/division by zero/);
    // More queries at once than the pool has connections, so the one that ran the failed text is drawn again.
    const answers = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => conn.executeSql("select $1::int as n", [i])),
    );
    expect(
      answers.filter((a) => a.status === "rejected").map((a) => String((a as PromiseRejectedResult).reason)),
    ).toEqual([]);
    expect((await conn.executeSql("select 1 as one")).rows).toEqual([{ one: 1 }]);
  });
});
