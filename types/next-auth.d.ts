import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    // The user's session version when this session was issued (lib/auth/member.ts).
    sessionVersion: number;
  }
}
