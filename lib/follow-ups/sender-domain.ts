// FU6: the workspace's own sender domain for follow-up emails, through Resend's domains API (the real SDK; the
// sandbox in development and tests). Follow-ups go from it once Resend reports it verified, else from EMAIL_FROM.
import type { Resend } from "resend";
import { z } from "zod";
import type { Db } from "@/db/client";
import { findSenderDomain, saveSenderDomain } from "@/db/queries/sender-domains";
import { findWorkspace } from "@/db/queries/workspaces";
import type { SenderDomainRecord } from "@/db/schema";
import { AppError } from "@/lib/errors";

export const senderDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]{1,63}(\.(?!-)[a-z0-9-]{1,63})+$/, "Must be a domain name, e.g. mail.example.com")
  .max(253);

// The local part follow-ups use at the workspace's domain (docs/decisions.md).
export const FOLLOW_UP_LOCAL_PART = "chat";

interface ResendDomain {
  id: string;
  name: string;
  status: string;
  records?: {
    record: string;
    type: string;
    name: string;
    value: string;
    status: string;
    priority?: number;
  }[];
}

const recordsOf = (d: ResendDomain): SenderDomainRecord[] =>
  (d.records ?? []).map(({ record, type, name, value, status, priority }) => ({
    record,
    type,
    name,
    value,
    status,
    ...(priority === undefined ? {} : { priority }),
  }));

// Resend's refusal as a 400 naming the field; its message is short and about the domain, never a secret.
function refused(error: { message: string } | null): never {
  throw new AppError("BAD_REQUEST", `Resend refused: ${error?.message ?? "no answer"}`, {
    domain: error?.message ?? "Resend did not answer",
  });
}

export async function addSenderDomain(db: Db, resend: Resend, workspaceId: string, name: string, now: Date) {
  const { data, error } = await resend.domains.create({ name });
  if (!data) refused(error);
  await store(db, workspaceId, data, now);
}

const store = (db: Db, workspaceId: string, d: ResendDomain, now: Date) =>
  saveSenderDomain(
    db,
    workspaceId,
    { domain: d.name, resendDomainId: d.id, status: d.status, records: recordsOf(d) },
    now,
  );

// "Check now": asks Resend to verify the records, then reads the domain's status back.
export async function checkSenderDomain(db: Db, resend: Resend, workspaceId: string, now: Date) {
  const stored = await findSenderDomain(db, workspaceId);
  if (!stored) throw new AppError("NOT_FOUND", "No sender domain to check");
  const verified = await resend.domains.verify(stored.resendDomainId);
  if (verified.error) refused(verified.error);
  const { data, error } = await resend.domains.get(stored.resendDomainId);
  if (!data) refused(error);
  await store(db, workspaceId, data, now);
  return data.status;
}

// The From of a follow-up email: "<Workspace> <chat@their.domain>" once verified; null: the sender's own
// (EMAIL_FROM).
export async function followUpFrom(db: Db, workspaceId: string): Promise<string | null> {
  const domain = await findSenderDomain(db, workspaceId);
  if (domain?.status !== "verified") return null;
  const workspace = await findWorkspace(db, workspaceId);
  const name = (workspace?.name ?? "").replace(/["<>\r\n]/g, "").trim();
  const address = `${FOLLOW_UP_LOCAL_PART}@${domain.domain}`;
  return name ? `${name} <${address}>` : address;
}
