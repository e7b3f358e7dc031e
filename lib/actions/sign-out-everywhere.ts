"use server";

import { getDb } from "@/db/client";
import { bumpSessionVersion } from "@/db/queries/users";
import { signOut } from "@/lib/auth";
import { currentMember } from "@/lib/auth/member";

// Ends every session of the signed-in user, this one included (a lost laptop, a shared computer).
export async function signOutEverywhere() {
  const member = await currentMember();
  if (member) await bumpSessionVersion(getDb(), member.userId);
  await signOut({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
}
