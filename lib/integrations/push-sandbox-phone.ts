// The simulated phone both push sandboxes deliver to (development and tests): every push FCM or APNs accepted,
// and the tokens a test or the dev page declared uninstalled (the providers then answer as for a gone app).
export interface SandboxPush {
  provider: "fcm" | "apns";
  token: string;
  title: string;
  body: string;
  data: Record<string, string>;
  receivedAt: string;
}

export interface SandboxPhone {
  pushes: SandboxPush[];
  uninstalled: Set<string>;
}

export const sandboxPhone = (): SandboxPhone => ({ pushes: [], uninstalled: new Set() });

export async function readBody(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
