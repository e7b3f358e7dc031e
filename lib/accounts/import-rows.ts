// Reads an accounts CSV into the accounts to import, or per-row errors naming the column. One file:
// name,domains,owner_email,contact_email,contact_phone,contact_name — rows sharing a name build one account
// (one row per contact or owner), and an existing account of that name is added to rather than duplicated.
import { z } from "zod";
import { normalizeEmail, normalizePhone } from "./contact";
import { CsvError, parseCsv } from "./csv";
import { domainListSchema } from "./domains";

export const importColumns = [
  "name",
  "domains",
  "owner_email",
  "contact_email",
  "contact_phone",
  "contact_name",
] as const;
export type ImportColumn = (typeof importColumns)[number];
export const MAX_IMPORT_ROWS = 10_000;

export interface RowError {
  line: number;
  column: ImportColumn | null; // null: the row or file as a whole
  message: string;
}

export interface ImportedContact {
  email: string | null;
  phone: string | null;
  name: string | null;
}

export interface ImportedAccount {
  name: string;
  domains: string[];
  ownerUserIds: string[];
  contacts: ImportedContact[];
}

export interface WorkspaceFacts {
  memberIdByEmail: ReadonlyMap<string, string>;
  // Which account (lower-cased name) already holds each domain in the workspace.
  accountNameByDomain: ReadonlyMap<string, string>;
}

const optional = (schema: z.ZodType<string>) =>
  z.string().transform((value, ctx) => {
    if (value.trim() === "") return null;
    const result = schema.safeParse(value.trim());
    if (result.success) return result.data;
    ctx.addIssue({ code: "custom", message: result.error.issues[0].message });
    return z.NEVER;
  });

const rowSchema = z.object({
  name: z.string().trim().min(1, "is required").max(120, "is longer than 120 characters"),
  domains: domainListSchema,
  owner_email: optional(z.email("is not an email address").transform(normalizeEmail)),
  contact_email: optional(z.email("is not an email address").transform(normalizeEmail)),
  contact_phone: optional(
    z
      .string()
      .transform(normalizePhone)
      .refine((p) => /^\+?\d{6,15}$/.test(p), "is not a phone number"),
  ),
  contact_name: optional(z.string().max(120, "is longer than 120 characters")),
});

export function readAccountsCsv(text: string, facts: WorkspaceFacts) {
  const errors: RowError[] = [];
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { accounts: [], errors: [{ line: 1, column: null, message: error.message }], rowCount: 0 };
  }
  const [header, ...rows] = records;
  const headerFields = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = importColumns.filter((c) => !headerFields.includes(c));
  if (missing.length > 0) {
    const message = `The first line must name the columns ${importColumns.join(",")}; missing: ${missing.join(", ")}`;
    return { accounts: [], errors: [{ line: 1, column: null, message }], rowCount: 0 };
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    const message = `At most ${MAX_IMPORT_ROWS} rows per file; this one has ${rows.length}. Split it.`;
    return { accounts: [], errors: [{ line: 1, column: null, message }], rowCount: rows.length };
  }
  const byName = new Map<string, ImportedAccount>();
  const domainClaims = new Map(facts.accountNameByDomain);
  for (const { line, fields } of rows) {
    const raw = Object.fromEntries(importColumns.map((c) => [c, fields[headerFields.indexOf(c)] ?? ""]));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] as ImportColumn;
        errors.push({ line, column, message: `${column} ${issue.message}` });
      }
      continue;
    }
    const row = parsed.data;
    const key = row.name.toLowerCase();
    const rowErrors: RowError[] = [];
    for (const domain of row.domains) {
      const holder = domainClaims.get(domain);
      if (holder && holder !== key) {
        rowErrors.push({
          line,
          column: "domains",
          message: `domains: ${domain} already belongs to ${holder}`,
        });
      }
    }
    const ownerId = row.owner_email ? facts.memberIdByEmail.get(row.owner_email) : undefined;
    if (row.owner_email && !ownerId) {
      rowErrors.push({
        line,
        column: "owner_email",
        message: `owner_email ${row.owner_email} is not a member`,
      });
    }
    if (row.contact_name && !row.contact_email && !row.contact_phone) {
      rowErrors.push({
        line,
        column: "contact_email",
        message: "contact_email or contact_phone is required",
      });
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    for (const domain of row.domains) domainClaims.set(domain, key);
    const account = byName.get(key) ?? { name: row.name, domains: [], ownerUserIds: [], contacts: [] };
    account.domains = [...new Set([...account.domains, ...row.domains])];
    if (ownerId && !account.ownerUserIds.includes(ownerId)) account.ownerUserIds.push(ownerId);
    if (row.contact_email || row.contact_phone) {
      account.contacts.push({ email: row.contact_email, phone: row.contact_phone, name: row.contact_name });
    }
    byName.set(key, account);
  }
  return { accounts: [...byName.values()], errors, rowCount: rows.length };
}

export const exampleAccountsCsv = `${importColumns.join(",")}
Acme Corp,acme.com;acme.io,ada@acme.test,jane@acme.com,+1 555 0100,Jane Buyer
Acme Corp,,,joe@acme.com,,Joe Champion
"Globex, Inc.",globex.example,,,,
`;
