// Salesforce records (SOQL rows) → the shapes the CRM sync stores; a row that does not parse returns null.
import { z } from "zod";
import type { CrmAccount, CrmContact, CrmOwner } from "@/lib/crm/records";
import { domainOf } from "@/lib/integrations/hubspot/records";

const id = z.string().min(1);
const text = z.string().nullable().optional();
const modified = z
  .string()
  .transform((v) => Date.parse(v))
  .refine(Number.isFinite, "not a date");

const account = z.object({ Id: id, Name: text, Website: text, OwnerId: text, LastModifiedDate: modified });
const contact = z.object({
  Id: id,
  Email: text,
  Phone: text,
  MobilePhone: text,
  Name: text,
  AccountId: text,
  LastModifiedDate: modified,
});
const user = z.object({ Id: id, Email: text, Name: text });

export function parseAccount(raw: unknown): CrmAccount | null {
  const r = account.safeParse(raw);
  if (!r.success) return null;
  const domain = domainOf(r.data.Website);
  return {
    crmId: r.data.Id,
    name: r.data.Name?.trim() || domain || `Account ${r.data.Id}`,
    domains: domain ? [domain] : [],
    ownerCrmId: r.data.OwnerId || null,
    modifiedAt: r.data.LastModifiedDate,
  };
}

export function parseContact(raw: unknown): CrmContact | null {
  const r = contact.safeParse(raw);
  if (!r.success) return null;
  return {
    crmId: r.data.Id,
    email: r.data.Email || null,
    phone: r.data.Phone || r.data.MobilePhone || null,
    name: r.data.Name || null,
    accountCrmId: r.data.AccountId || null,
    modifiedAt: r.data.LastModifiedDate,
  };
}

export function parseUser(raw: unknown): CrmOwner | null {
  const r = user.safeParse(raw);
  if (!r.success) return null;
  return { crmId: r.data.Id, email: r.data.Email?.trim().toLowerCase() || null, name: r.data.Name || null };
}
