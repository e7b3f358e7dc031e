// POST /settings/follow-ups/mailbox/reply — the sandbox mailbox's "Reply" (development only): the sandbox turns it
// into a received email and posts Resend's signed email.received webhook to Herald.
import { requireMember } from "@/lib/auth/member";
import { mailSandboxUrl } from "@/lib/integrations/resend/sandbox-url";

export async function POST(request: Request) {
  await requireMember("admin");
  const base = mailSandboxUrl();
  if (!base) return new Response("Not found", { status: 404 });
  const form = await request.formData();
  await fetch(`${base}/sandbox/reply`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      emailId: String(form.get("emailId") ?? ""),
      text: String(form.get("text") ?? ""),
    }),
  });
  return Response.redirect(new URL("/settings/follow-ups/mailbox", request.url), 303);
}
