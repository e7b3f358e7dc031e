// HubSpot records → the shapes the CRM sync stores. A record that does not parse returns null: the sync skips
// and counts it instead of aborting (issue 13 §5).
import { z } from "zod";
import type { CrmAccount, CrmContact, CrmOwner } from "@/lib/crm/records";

const objectRecord = z.object({
  id: z.string().min(1),
  properties: z.record(z.string(), z.string().nullable().optional()),
});

const timeOf = (value: string | null | undefined): number | null => {
  if (!value) return null;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
};

// "https://www.acme.com/about" → "acme.com"; anything unparsable → no domain.
export function domainOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const host = new URL(value.includes("://") ? value : `https://${value}`).hostname.toLowerCase();
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export function parseCompany(raw: unknown): CrmAccount | null {
  const parsed = objectRecord.safeParse(raw);
  if (!parsed.success) return null;
  const p = parsed.data.properties;
  const modifiedAt = timeOf(p.hs_lastmodifieddate);
  if (modifiedAt === null) return null;
  const domains = [...new Set([domainOf(p.domain), domainOf(p.website)].filter((d) => d !== null))];
  return {
    crmId: parsed.data.id,
    name: p.name?.trim() || domains[0] || `Company ${parsed.data.id}`,
    domains,
    ownerCrmId: p.hubspot_owner_id || null,
    modifiedAt,
  };
}

export function parseContact(raw: unknown): CrmContact | null {
  const parsed = objectRecord.safeParse(raw);
  if (!parsed.success) return null;
  const p = parsed.data.properties;
  const modifiedAt = timeOf(p.lastmodifieddate);
  if (modifiedAt === null) return null;
  return {
    crmId: parsed.data.id,
    email: p.email || null,
    phone: p.phone || p.mobilephone || null,
    name: [p.firstname, p.lastname].filter(Boolean).join(" ") || null,
    accountCrmId: p.associatedcompanyid || null,
    modifiedAt,
  };
}

const owner = z.object({
  id: z.string().min(1),
  email: z.string().nullable().optional(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
});

// Owners join companies by `id` (hubspot_owner_id), never by `userId` (PROVIDERS.md §5.1).
export function parseOwner(raw: unknown): CrmOwner | null {
  const parsed = owner.safeParse(raw);
  if (!parsed.success) return null;
  const o = parsed.data;
  return {
    crmId: o.id,
    email: o.email?.trim().toLowerCase() || null,
    name: [o.firstName, o.lastName].filter(Boolean).join(" ") || null,
  };
}
