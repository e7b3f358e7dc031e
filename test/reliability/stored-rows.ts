// How many rows each table holds: compared before and after a refused request ("nothing stored") and around
// a cross-workspace call. Tables are read from the catalogue, so a new table is counted without a change here.
import type { Connection } from "@/db/client";

export type RowCounts = Record<string, number>;

async function tableNames(conn: Connection): Promise<string[]> {
  const { rows } = await conn.executeSql(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  return (rows as { table_name: string }[]).map((r) => r.table_name);
}

export async function rowCounter(conn: Connection): Promise<() => Promise<RowCounts>> {
  const tables = await tableNames(conn);
  const text = tables.map((t) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(" union all ");
  return async () => {
    const { rows } = await conn.executeSql(text);
    return Object.fromEntries((rows as { t: string; n: number }[]).map((r) => [r.t, Number(r.n)]));
  };
}

// The tables whose count changed, with the change: {} when nothing was stored.
export function grown(before: RowCounts, after: RowCounts): RowCounts {
  return Object.fromEntries(
    Object.entries(after)
      .filter(([t, n]) => n !== (before[t] ?? 0))
      .map(([t, n]) => [t, n - (before[t] ?? 0)]),
  );
}
