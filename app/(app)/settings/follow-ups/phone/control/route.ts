// POST /settings/follow-ups/phone/control — the sandbox phone's buttons (development and e2e only): reply by SMS or
// WhatsApp, text STOP, or make WhatsApp fail with an error code. The sandbox turns a reply into Twilio's signed
// inbound webhook to Herald.
import { z } from "zod";
import { requireMember } from "@/lib/auth/member";
import { textSandboxUrl } from "@/lib/integrations/twilio/sandbox-url";

const control = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("reply"),
    phone: z.string().max(40),
    body: z.string().min(1).max(1600),
    channel: z.enum(["sms", "whatsapp"]),
  }),
  z.object({ action: z.literal("whatsapp-failure"), phone: z.string().max(40), code: z.string().max(10) }),
]);

export async function POST(request: Request) {
  await requireMember("admin");
  const base = textSandboxUrl();
  if (!base) return new Response("Not found", { status: 404 });
  const parsed = control.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success)
    return Response.json({ error: "invalid control", issues: parsed.error.issues }, { status: 400 });
  const { action, ...input } = parsed.data;
  await fetch(`${base}/sandbox/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  return Response.redirect(new URL("/settings/follow-ups/phone", request.url), 303);
}
