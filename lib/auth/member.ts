// The signed-in member for server components: who they are, which workspace, which role.
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findMemberForUser, type Member } from "@/db/queries/members";
import type { Role } from "@/db/schema";
import { auth } from "./index";
import { hasRole } from "./roles";

export const currentMember = cache(async (): Promise<Member | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const member = await findMemberForUser(getDb(), session.user.id);
  // A session issued before a password change, "sign out everywhere" or a removal has ended.
  if (!member || member.sessionVersion !== session.sessionVersion) return null;
  return member;
});

// For pages: no session → sign-in; a role too low → the 403 page (app/forbidden.tsx).
export async function requireMember(role: Role = "agent"): Promise<Member> {
  const member = await currentMember();
  if (!member) redirect("/sign-in");
  if (!hasRole(member.role, role)) forbidden();
  return member;
}
