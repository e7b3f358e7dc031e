// Pardot v5 prospects and users → what the CRM sync stores; a row that does not parse returns null.
import { z } from "zod";
import type { CrmOwner } from "@/lib/crm/records";

export interface Prospect {
  id: string;
  email: string | null;
  phone: string | null;
  name: string | null;
  assignedToId: string | null;
  modifiedAt: number;
}

const idOf = z.union([z.string().min(1), z.number().int()]).transform(String);
const text = z.string().nullable().optional();

const prospect = z.object({
  id: idOf,
  email: text,
  phone: text,
  firstName: text,
  lastName: text,
  assignedToId: idOf.nullable().optional(),
  updatedAt: z
    .string()
    .transform((v) => Date.parse(v))
    .refine(Number.isFinite, "not a date"),
});

export function parseProspect(raw: unknown): Prospect | null {
  const r = prospect.safeParse(raw);
  if (!r.success) return null;
  return {
    id: r.data.id,
    email: r.data.email || null,
    phone: r.data.phone || null,
    name: [r.data.firstName, r.data.lastName].filter(Boolean).join(" ") || null,
    assignedToId: r.data.assignedToId ?? null,
    modifiedAt: r.data.updatedAt,
  };
}

const user = z.object({ id: idOf, email: text, firstName: text, lastName: text });

export function parsePardotUser(raw: unknown): CrmOwner | null {
  const r = user.safeParse(raw);
  if (!r.success) return null;
  return {
    crmId: r.data.id,
    email: r.data.email?.trim().toLowerCase() || null,
    name: [r.data.firstName, r.data.lastName].filter(Boolean).join(" ") || null,
  };
}
