"use client";

import { startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { exampleAccountsCsv, importColumns } from "@/lib/accounts/import-rows";
import { importAccounts } from "@/lib/actions/import-accounts";
import { previewAccountImport } from "@/lib/actions/preview-account-import";
import { ImportErrors } from "./import-errors";

const exampleHref = `data:text/csv;charset=utf-8,${encodeURIComponent(exampleAccountsCsv)}`;

// Two steps: a preview that reads the file against the workspace and lists per-row errors, then the import,
// which the server runs in one transaction. Reading a large file shows its progress.
export function CsvImport() {
  const [csv, setCsv] = useState<string | null>(null);
  const [readPercent, setReadPercent] = useState<number | null>(null);
  const [preview, dispatchPreview, previewing] = useActionState(previewAccountImport, undefined);
  const [result, dispatchImport, importing] = useActionState(importAccounts, undefined);

  const choose = (file: File | undefined) => {
    setCsv(null);
    if (!file) return;
    const reader = new FileReader();
    reader.onprogress = (event) =>
      event.lengthComputable && setReadPercent(Math.round((event.loaded / event.total) * 100));
    reader.onload = () => {
      const text = String(reader.result);
      setReadPercent(null);
      setCsv(text);
      startTransition(() => dispatchPreview({ csv: text }));
    };
    reader.readAsText(file);
  };

  const summary = preview?.ok ? preview.data : undefined;
  const done = result?.ok && result.data?.imported;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">
        Columns: <code className="text-xs">{importColumns.join(",")}</code>. One row per contact or owner;
        rows with the same name make one account, and an existing account of that name is added to. Separate
        several domains with semicolons.{" "}
        <a
          href={exampleHref}
          download="accounts-example.csv"
          className="font-medium text-brand-700 underline"
        >
          Download an example
        </a>
      </p>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={(event) => choose(event.target.files?.[0])} />
      </label>
      {readPercent !== null && <progress aria-label="Reading the file" max={100} value={readPercent} />}
      {(previewing || importing) && (
        <div role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <progress aria-label={importing ? "Importing" : "Checking the file"} />
          {importing ? "Importing in one transaction…" : "Checking every row…"}
        </div>
      )}
      {preview && !preview.ok && <Alert tone="error">{preview.error}</Alert>}
      {summary && !previewing && (
        <div className="flex flex-col gap-2">
          <p role="status" className="text-sm text-slate-700">
            {summary.rowCount} rows: {summary.accountCount} accounts, {summary.contactCount} contacts
            {summary.errors.length > 0 &&
              `, ${summary.errors.length} errors — fix them and choose the file again`}
            .
          </p>
          {summary.errors.length > 0 && <ImportErrors errors={summary.errors} />}
          {summary.errors.length === 0 && csv && !done && (
            <div>
              <Button pending={importing} onClick={() => startTransition(() => dispatchImport({ csv }))}>
                Import {summary.accountCount} accounts
              </Button>
            </div>
          )}
        </div>
      )}
      {result && !result.ok && <Alert tone="error">{result.error}</Alert>}
      {result?.ok && !result.data?.imported && result.data && <ImportErrors errors={result.data.errors} />}
      {done && <Alert tone="success">Imported {result.data?.accountCount} accounts.</Alert>}
    </div>
  );
}
