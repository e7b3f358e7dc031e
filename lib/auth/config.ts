// The part of the Auth.js configuration that needs no database: shared by proxy.ts and lib/auth/index.ts.
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  // Credentials sign-in requires JWT sessions; the adapter still stores users and magic-link tokens.
  session: { strategy: "jwt", maxAge: 30 * 86_400 },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      return session;
    },
  },
} satisfies NextAuthConfig;
