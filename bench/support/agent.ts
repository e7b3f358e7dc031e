// An agent for the benches: a session cookie from the demo sign-in, and a pusher-js client authorised with it
// at /api/realtime/auth, as the agent app's browser is.
import PusherClient from "pusher-js";

export async function signInCookie(origin: string, email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: "demo-password", callbackUrl: origin }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`bench: sign-in failed (${res.status})`);
  return [...jar, session.split(";")[0]].join("; ");
}

export async function sessionUserId(origin: string, cookie: string): Promise<string> {
  const session = (await (await fetch(`${origin}/api/auth/session`, { headers: { cookie } })).json()) as {
    user?: { id?: string };
  };
  if (!session.user?.id) throw new Error("bench: no user in the session");
  return session.user.id;
}

export type RealtimeOptions = { key: string; options: ConstructorParameters<typeof PusherClient>[1] };

export function agentClient(origin: string, cookie: string, realtime: RealtimeOptions): PusherClient {
  return new PusherClient(realtime.key, {
    ...realtime.options,
    channelAuthorization: {
      endpoint: "",
      transport: "ajax",
      customHandler: async ({ socketId, channelName }, callback) => {
        const res = await fetch(`${origin}/api/realtime/auth`, {
          method: "POST",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }),
        });
        callback(res.ok ? null : new Error(`auth ${res.status}`), res.ok ? await res.json() : null);
      },
    },
  });
}

// A widget call from its own address, so per-IP limits (TRUST_PROXY_HOPS=1) see many visitors, as on a real site.
export const widgetPost = (origin: string, path: string, body: unknown, ip: string) =>
  fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });

export const visitorIp = (n: number) => `10.9.${Math.floor(n / 250)}.${(n % 250) + 1}`;
