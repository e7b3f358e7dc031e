"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { changePassword as change, changePasswordSchema } from "@/lib/auth/change-password";
import { clientIp } from "@/lib/http/client-ip";
import { memberAction } from "./safe-action";

// Every session ends with the old password; this browser signs in again with the new one, so only the
// others are signed out.
export const changePassword = memberAction(
  { schema: changePasswordSchema },
  async (input, { member, db }) => {
    const ip = clientIp({ headers: await headers() });
    const { email } = await change(db, member.userId, input, ip);
    try {
      await signIn("credentials", { email, password: input.newPassword, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { ok: true as const, message: "Password changed. Sign in again with the new one." };
    }
    return { ok: true as const, message: "Password changed. Your other sessions were signed out." };
  },
);
