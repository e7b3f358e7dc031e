"use server";

import { revalidatePath } from "next/cache";
import { importAccounts as storeImport } from "@/db/queries/account-import";
import { accountImportInput, importSummary } from "@/lib/accounts/import-summary";
import { memberAction } from "./safe-action";

// All or nothing: the file is read again inside the transaction, and any bad row imports nothing.
export const importAccounts = memberAction(
  { schema: accountImportInput, role: "admin" },
  async ({ csv }, { member, db }) => {
    const result = await storeImport(db, member.workspaceId, csv);
    if (result.imported) revalidatePath("/settings/accounts");
    return { ...importSummary(result), imported: result.imported };
  },
);
