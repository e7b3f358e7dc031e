// What the import preview shows: counts and the per-row errors (accounts themselves stay on the server).
import { z } from "zod";
import type { RowError, readAccountsCsv } from "./import-rows";

// Server actions accept about 1 MB by default; a CSV this size holds roughly 10,000 rows.
export const MAX_IMPORT_BYTES = 900_000;

export const accountImportInput = z.object({
  csv: z
    .string({ message: "Choose a CSV file" })
    .min(1, "The file is empty")
    .max(MAX_IMPORT_BYTES, "The file is larger than 900 KB: split it"),
});

export interface ImportSummary {
  rowCount: number;
  accountCount: number;
  contactCount: number;
  errors: RowError[];
}

export function importSummary(result: ReturnType<typeof readAccountsCsv>): ImportSummary {
  return {
    rowCount: result.rowCount,
    accountCount: result.accounts.length,
    contactCount: result.accounts.reduce((n, a) => n + a.contacts.length, 0),
    errors: result.errors,
  };
}
