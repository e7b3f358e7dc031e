"use server";

import { previewAccountImport as readImport } from "@/db/queries/account-import";
import { accountImportInput, importSummary } from "@/lib/accounts/import-summary";
import { memberAction } from "./safe-action";

// Reads the file against the workspace and reports what would be imported; writes nothing.
export const previewAccountImport = memberAction(
  { schema: accountImportInput, role: "admin" },
  async ({ csv }, { member, db }) => importSummary(await readImport(db, member.workspaceId, csv)),
);
