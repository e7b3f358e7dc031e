// Reads a client's pages to the end (tests, and anything that wants the whole set at once).
import type { CrmPage } from "./records";

export async function collectPages<T>(pages: AsyncIterable<CrmPage<T>>) {
  const out = { records: [] as T[], skipped: 0, pageCount: 0 };
  for await (const page of pages) {
    out.records.push(...page.records);
    out.skipped += page.skipped;
    out.pageCount++;
  }
  return out;
}
