// Known visitors and the owners of their account (LV1, LV2, SK4).
import type { PlanContext } from "./context";
import type { MemberFacts, VisitorFacts } from "./snapshot";

// RULES.md "Known visitor": email or phone known (a CRM match brings the contact's email).
export const isKnownVisitor = (v: VisitorFacts) => v.email !== null || v.phone !== null;

// LV2: owners count only through Account-Based Routing, and only when mapped to a chat user of this workspace.
// LV2 `not_mapped`: the account's CRM owners (through Account-Based Routing) with no chat user, by mapping row.
export function unmappedOwnersOfAccount(ctx: PlanContext): string[] {
  const account = ctx.snapshot.account;
  if (!account || !ctx.snapshot.integrations.accountBasedRouting) return [];
  const ids = account.owners.flatMap((o) => (o.userId === null && o.mappingId ? [o.mappingId] : []));
  return [...new Set(ids)];
}

export function ownersOfAccount(ctx: PlanContext): MemberFacts[] {
  const account = ctx.snapshot.account;
  if (!account || !ctx.snapshot.integrations.accountBasedRouting) return [];
  const owners: MemberFacts[] = [];
  for (const owner of account.owners) {
    const m = owner.userId ? ctx.memberById.get(owner.userId) : undefined;
    if (m && !owners.includes(m)) owners.push(m);
  }
  return owners;
}
