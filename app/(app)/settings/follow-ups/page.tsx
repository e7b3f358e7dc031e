import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpEmailToggle } from "@/components/settings/follow-ups/follow-up-email-toggle";
import { FollowUpTextToggle } from "@/components/settings/follow-ups/follow-up-text-toggle";
import { WhatsappTemplateForm } from "@/components/settings/follow-ups/whatsapp-template-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findFollowUpSettings } from "@/db/queries/follow-ups";
import { findWhatsappTemplate } from "@/db/queries/texts";
import { requireMember } from "@/lib/auth/member";
import { env } from "@/lib/env";
import { mailSandboxUrl } from "@/lib/integrations/resend/sandbox-url";
import { textSandboxUrl } from "@/lib/integrations/twilio/sandbox-url";

export const metadata: Metadata = { title: "Follow-ups" };

export default async function FollowUpsPage() {
  const admin = await requireMember("admin");
  const settings = await findFollowUpSettings(getDb(), admin.workspaceId);
  const template = await findWhatsappTemplate(getDb(), admin.workspaceId);
  const twilio = env().TWILIO_ACCOUNT_SID;
  return (
    <>
      <PageHeader
        title="Follow-ups"
        description="When a visitor leaves mid-conversation with your reply unread, Herald follows up so the conversation goes on."
      />
      <div className="flex flex-col gap-6">
        <Card title="Channels">
          <FollowUpEmailToggle on={settings.email} />
          <p className="mt-3 text-xs text-slate-500">
            Sent from {env().EMAIL_FROM}; replies come back through reply+…@{env().INBOUND_EMAIL_DOMAIN}.
          </p>
          <div className="mt-4">
            <FollowUpTextToggle on={settings.sms} />
          </div>
          <p className="mt-3 text-xs text-slate-500">
            {twilio
              ? `Through Twilio${env().TWILIO_WHATSAPP_FROM ? `, WhatsApp from ${env().TWILIO_WHATSAPP_FROM}` : " (no WhatsApp sender: SMS only)"}. A visitor who texts STOP is never texted again.`
              : "Twilio is not configured: texts are only recorded in Settings → Deliveries."}
          </p>
        </Card>
        <Card title="WhatsApp">
          <WhatsappTemplateForm contentSid={template} />
        </Card>
        {textSandboxUrl() && (
          <Card title="Sandbox phone">
            <p className="text-sm text-slate-600">
              No Twilio account is configured, so texts go to a local sandbox phone.{" "}
              <Link href="/settings/follow-ups/phone" className="text-brand-600 underline underline-offset-2">
                Open the sandbox phone
              </Link>
            </p>
          </Card>
        )}
        {mailSandboxUrl() && (
          <Card title="Sandbox mailbox">
            <p className="text-sm text-slate-600">
              No Resend account is configured, so emails go to a local sandbox mailbox.{" "}
              <Link
                href="/settings/follow-ups/mailbox"
                className="text-brand-600 underline underline-offset-2"
              >
                Open the sandbox mailbox
              </Link>
            </p>
          </Card>
        )}
      </div>
    </>
  );
}
