// Development (and e2e) only: the sandbox phone `npm run dev` starts without a Twilio account. Each number Herald
// texted, with its SMS and WhatsApp threads and each text's status; reply from the phone (Twilio's signed inbound
// webhook), text STOP, or make WhatsApp fail with an error code to watch the SMS fallback (FU5).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/auth/member";
import { twilioErrorMeaning } from "@/lib/integrations/twilio/errors";
import type { SandboxPhone, SandboxText } from "@/lib/integrations/twilio/sandbox";
import { textSandboxUrl } from "@/lib/integrations/twilio/sandbox-url";

export const metadata: Metadata = { title: "Sandbox phone" };
export const dynamic = "force-dynamic";

const whatsappFailures = [63016, 63003, 63024, 63014, 63032];
const control = "/settings/follow-ups/phone/control";
const button = "rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800";

export default async function SandboxPhonePage() {
  await requireMember("admin");
  const base = textSandboxUrl();
  if (!base) notFound();
  const { phones } = (await (await fetch(`${base}/sandbox/phones`, { cache: "no-store" })).json()) as {
    phones: SandboxPhone[];
  };
  return (
    <>
      <PageHeader
        title="Sandbox phone"
        description="Texts sent while no Twilio account is configured. Reload to see new texts and their statuses."
      />
      {phones.length === 0 ? (
        <EmptyState title="No texts yet">
          Turn on text follow-ups, give a phone number in the widget and leave a chat with a reply unread.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {phones.map((p) => (
            <Card key={p.phone} title={`Phone ${p.phone}${p.optedOut ? " (opted out: STOP)" : ""}`}>
              <section aria-label={`Texts to ${p.phone}`} className="grid gap-4 md:grid-cols-2">
                <Thread title="SMS" texts={p.texts.filter((t) => t.channel === "sms")} />
                <Thread title="WhatsApp" texts={p.texts.filter((t) => t.channel === "whatsapp")} />
              </section>
              <form method="post" action={control} className="mt-4 flex flex-col gap-2">
                <input type="hidden" name="action" value="reply" />
                <input type="hidden" name="phone" value={p.phone} />
                <label className="text-sm font-medium text-slate-800" htmlFor={`reply-${p.phone}`}>
                  Reply from {p.phone}
                </label>
                <textarea
                  id={`reply-${p.phone}`}
                  name="body"
                  required
                  rows={2}
                  className="rounded border border-slate-300 p-2 text-sm"
                />
                <div className="flex gap-2">
                  <button type="submit" name="channel" value="sms" className={button}>
                    Reply by SMS
                  </button>
                  <button type="submit" name="channel" value="whatsapp" className={button}>
                    Reply on WhatsApp
                  </button>
                </div>
              </form>
              <div className="mt-3 flex flex-wrap items-end gap-4">
                <form method="post" action={control}>
                  <input type="hidden" name="action" value="reply" />
                  <input type="hidden" name="phone" value={p.phone} />
                  <input type="hidden" name="channel" value="sms" />
                  <input type="hidden" name="body" value="STOP" />
                  <button type="submit" className={button}>
                    Text STOP
                  </button>
                </form>
                <form method="post" action={control} className="flex items-end gap-2">
                  <input type="hidden" name="action" value="whatsapp-failure" />
                  <input type="hidden" name="phone" value={p.phone} />
                  <label className="flex flex-col text-sm text-slate-800">
                    WhatsApp to this phone
                    <select
                      name="code"
                      defaultValue={p.whatsappFailure ?? ""}
                      className="rounded border border-slate-300 p-1 text-sm"
                    >
                      <option value="">is delivered</option>
                      {whatsappFailures.map((code) => (
                        <option key={code} value={code}>
                          fails with {code}: {twilioErrorMeaning(code)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit" className={button}>
                    Save
                  </button>
                </form>
              </div>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}

function Thread({ title, texts }: { title: string; texts: SandboxText[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
      {texts.length === 0 ? (
        <p className="text-xs text-slate-500">Nothing yet.</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-2">
          {texts.map((t) => (
            <li
              key={t.sid}
              aria-label={`${title} ${t.direction === "inbound" ? "from the phone" : "from Herald"}`}
              className={`max-w-[90%] rounded-lg px-3 py-2 text-sm whitespace-pre-wrap break-words ${t.direction === "inbound" ? "self-end bg-brand-600 text-white" : "self-start bg-slate-100 text-slate-900"}`}
            >
              {t.body}
              <span className="mt-1 block text-xs opacity-70">
                {t.status}
                {t.errorCode ? ` ${t.errorCode}` : ""}
                {t.direction !== "inbound"
                  ? ` · ${t.numSegments} segment${t.numSegments > 1 ? "s" : ""}`
                  : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
