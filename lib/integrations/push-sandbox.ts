// The push sandbox `npm run dev` starts when no push provider origin is configured (scripts/serve.ts), and the
// tests use: the local FCM and APNs on one simulated phone. The FCM server also answers the dev page
// (Settings → Follow-ups → Sandbox phone): the credentials to save, the phone's two tokens, the pushes received.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApnsKey } from "./apns/client";
import { type ApnsSandbox, startApnsSandbox } from "./apns/sandbox";
import { type FcmSandbox, startFcmSandbox } from "./fcm/sandbox";
import type { FcmServiceAccount } from "./fcm/service-account";
import { readBody, type SandboxPhone, type SandboxPush, sandboxPhone } from "./push-sandbox-phone";

export const SANDBOX_BUNDLE_ID = "com.example.herald-sandbox";

export interface PushSandboxState {
  credentials: { fcm: FcmServiceAccount; apns: ApnsKey };
  phone: { fcmToken: string; apnsToken: string; bundleId: string };
  pushes: SandboxPush[];
  uninstalled: string[];
}

export interface PushSandbox {
  fcm: FcmSandbox;
  apns: ApnsSandbox;
  phone: SandboxPhone;
  state(): PushSandboxState;
  close(): Promise<void>;
}

export async function startPushSandbox(options: { fcmPort?: number; apnsPort?: number } = {}) {
  const phone = sandboxPhone();
  const tokens = {
    fcmToken: `sandbox-phone-${randomBytes(16).toString("hex")}`,
    apnsToken: randomBytes(32).toString("hex"),
  };
  let sandbox: PushSandbox | undefined;
  // The dev page's reads and its "uninstall the app" switch; not part of either provider's API.
  const extraRoutes = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!sandbox) return false;
    if (req.method === "GET" && url.pathname === "/sandbox/state") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(sandbox.state()));
      return true;
    }
    if (req.method === "POST" && url.pathname === "/sandbox/uninstall") {
      const { token, uninstalled } = JSON.parse(await readBody(req)) as {
        token: string;
        uninstalled: boolean;
      };
      if (uninstalled) phone.uninstalled.add(token);
      else phone.uninstalled.delete(token);
      res.writeHead(204).end();
      return true;
    }
    return false;
  };
  const fcm = await startFcmSandbox({ phone, port: options.fcmPort, extraRoutes });
  const apns = await startApnsSandbox({ phone, port: options.apnsPort });
  sandbox = {
    fcm,
    apns,
    phone,
    state: () => ({
      credentials: { fcm: fcm.serviceAccount, apns: apns.key },
      phone: { ...tokens, bundleId: SANDBOX_BUNDLE_ID },
      pushes: phone.pushes,
      uninstalled: [...phone.uninstalled],
    }),
    close: async () => {
      await Promise.all([fcm.close(), apns.close()]);
    },
  };
  return sandbox;
}

// Where the dev page finds the sandbox: only in development, only while `npm run dev` runs it.
export const pushSandboxUrl = (): string | null =>
  process.env.NODE_ENV !== "production" ? (process.env.HERALD_PUSH_SANDBOX_URL ?? null) : null;
