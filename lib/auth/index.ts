// Auth.js: email + password, magic link by email, JWT sessions. Config is lazy so the database opens on first use.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findSessionVersion, findUserByEmail } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { authConfig } from "./config";
import { sendMagicLink } from "./magic-link";
import { verifyPassword } from "./password";
import { checkPasswordAttempt } from "./rate-limit";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const db = getDb();
  // Auth.js builds its URLs, the emailed sign-in link included, from AUTH_URL when set, and otherwise from the
  // request's Host / X-Forwarded-Host, which anyone can forge. Herald's one public URL is APP_URL.
  process.env.AUTH_URL = env().APP_URL;
  return {
    ...authConfig,
    secret: env().AUTH_SECRET,
    // A wrong password is the caller's mistake, not a server error: keep it out of the error log.
    logger: {
      error(error) {
        if (error.name !== "CredentialsSignin") console.error(error);
      },
    },
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const user = await findUserByEmail(db, email);
          const check = await checkPasswordAttempt(db, { email, ip: clientIp(request) }, () =>
            verifyPassword(user?.passwordHash ?? null, password),
          );
          if ("retryAfterSeconds" in check) throw new RateLimitedSignIn(check.retryAfterSeconds);
          if (!check.ok || !user) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      Resend({
        apiKey: env().RESEND_API_KEY ?? "capture",
        from: env().EMAIL_FROM,
        sendVerificationRequest: ({ identifier, url }) => sendMagicLink(identifier, url),
      }),
    ],
    callbacks: {
      ...authConfig.callbacks,
      // The session version is read once, at sign-in; lib/auth/member.ts compares it on every request.
      async jwt({ token, user }) {
        if (user?.id) token.sessionVersion = await findSessionVersion(db, user.id);
        return token;
      },
      // Magic links only for people who already have an account: no sign-up by email. Unknown emails get
      // the same "check your email" page, so the form does not reveal who has an account.
      async signIn({ user, account, email }) {
        if (account?.provider !== "resend") return true;
        const existing = user.email ? await findUserByEmail(db, user.email) : undefined;
        if (existing) return true;
        return email?.verificationRequest ? "/sign-in/check-email" : "/sign-in?error=AccessDenied";
      },
    },
  };
});
