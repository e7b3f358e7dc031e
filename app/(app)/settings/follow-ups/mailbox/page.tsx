// Development only: the sandbox mailbox `npm run dev` starts without a Resend account. Every email Herald sent
// (follow-ups, sign-in links, notifications), rendered; "Reply" answers one from the visitor's mail client,
// which reaches Herald as Resend's signed email.received webhook would.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/auth/member";
import type { SentEmail } from "@/lib/integrations/resend/sandbox";
import { mailSandboxUrl } from "@/lib/integrations/resend/sandbox-url";

export const metadata: Metadata = { title: "Sandbox mailbox" };
export const dynamic = "force-dynamic";

export default async function MailboxPage() {
  await requireMember("admin");
  const base = mailSandboxUrl();
  if (!base) notFound();
  const list = (await (await fetch(`${base}/emails`, { cache: "no-store" })).json()) as { data: SentEmail[] };
  const emails = [...list.data].reverse();
  return (
    <>
      <PageHeader title="Sandbox mailbox" description="Emails sent while no Resend account is configured." />
      {emails.length === 0 ? (
        <EmptyState title="No emails yet">
          Leave a chat with a reply unread and its follow-up lands here.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {emails.map((email) => (
            <Card key={email.id} title={email.subject}>
              <p className="text-xs text-slate-500">
                From {email.from} to {email.to.join(", ")}
                {email.reply_to.length > 0 && <> · reply-to {email.reply_to.join(", ")}</>} ·{" "}
                {email.created_at.slice(0, 16).replace("T", " ")} UTC
              </p>
              <iframe
                title={`Email: ${email.subject}`}
                srcDoc={email.html ?? `<pre>${email.text ?? ""}</pre>`}
                sandbox=""
                className="mt-3 h-80 w-full rounded border border-slate-200"
              />
              {email.reply_to.length > 0 && (
                <form
                  method="post"
                  action="/settings/follow-ups/mailbox/reply"
                  className="mt-3 flex flex-col gap-2"
                >
                  <input type="hidden" name="emailId" value={email.id} />
                  <label className="text-sm font-medium text-slate-800" htmlFor={`reply-${email.id}`}>
                    Reply as {email.to[0]}
                  </label>
                  <textarea
                    id={`reply-${email.id}`}
                    name="text"
                    required
                    rows={3}
                    className="rounded border border-slate-300 p-2 text-sm"
                  />
                  <button
                    type="submit"
                    className="self-start rounded bg-brand-600 px-3 py-1.5 text-sm text-white"
                  >
                    Reply
                  </button>
                </form>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
