// Which realtime configurations may start (lib/env.ts): production runs Pusher Channels, or the local
// server only when REALTIME=local says so; a publicly known credential is refused everywhere.
import { FORMER_CONSTANT_CREDENTIALS } from "./config";

type RealtimeSettings = {
  NODE_ENV: string;
  VERCEL?: string;
  REALTIME?: "local";
  PUSHER_APP_ID?: string;
  PUSHER_KEY?: string;
  PUSHER_SECRET?: string;
};
type Issue = { path: string[]; message: string };

export function productionRealtimeIssues(env: RealtimeSettings): Issue[] {
  const pusherSet = Boolean(env.PUSHER_APP_ID || env.PUSHER_KEY || env.PUSHER_SECRET);
  const issues: Issue[] = [];
  if (env.REALTIME === "local" && pusherSet) {
    issues.push({ path: ["REALTIME"], message: "is local, but PUSHER_* is set too: choose one" });
  }
  if (env.PUSHER_SECRET === FORMER_CONSTANT_CREDENTIALS.secret) {
    issues.push({ path: ["PUSHER_SECRET"], message: "is a publicly known constant: use your own secret" });
  }
  // Vercel runs functions without a long-lived process: the local realtime server cannot run there.
  if (env.VERCEL && !env.PUSHER_APP_ID) {
    issues.push({
      path: ["PUSHER_APP_ID"],
      message:
        "is required on Vercel (the local realtime server cannot run there): set PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET and PUSHER_CLUSTER",
    });
  } else if (env.NODE_ENV === "production" && !pusherSet && env.REALTIME !== "local") {
    issues.push({
      path: ["PUSHER_APP_ID"],
      message:
        "is required in production (Pusher Channels: PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET, PUSHER_CLUSTER), or set REALTIME=local to run the built-in realtime server",
    });
  }
  return issues;
}
