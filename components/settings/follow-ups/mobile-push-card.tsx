import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Db } from "@/db/client";
import { pushCredentialsSummary } from "@/lib/follow-ups/mobile-push/credentials";
import { pushSandboxUrl } from "@/lib/integrations/push-sandbox";
import {
  ApnsKeyForm,
  FcmCredentialsForm,
  RemovePushCredentialsButton,
  SandboxPushCredentialsButton,
} from "./push-credential-forms";
import { TestPushForm } from "./test-push-form";

// FU3: Settings → Follow-ups → Mobile push. The customer's own app registers its visitors' devices through the
// mobile API (docs/mobile-sdk.md); Herald pushes first and emails only if the app does not acknowledge in 30 s.
export async function MobilePushCard({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const summary = await pushCredentialsSummary(db, workspaceId);
  const sandbox = pushSandboxUrl();
  return (
    <Card
      title="Mobile push"
      description="When your own iOS or Android app registered the visitor's device, the follow-up is a push first; if the app does not confirm receipt within 30 seconds, the email follows."
    >
      <div className="flex flex-col gap-6">
        {sandbox && (
          <div className="flex flex-col gap-2 text-sm text-slate-600" data-testid="push-sandbox">
            <p>
              No push provider is configured: a local FCM and APNs run with a simulated phone.{" "}
              <Link
                href="/settings/follow-ups/device"
                className="text-brand-600 underline underline-offset-2"
              >
                Open the sandbox app device
              </Link>
            </p>
            <SandboxPushCredentialsButton />
          </div>
        )}
        <section aria-label="FCM" className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-800">FCM (Android, iOS through Firebase)</h3>
          <p className="text-xs text-slate-500">
            {summary.fcm
              ? `Configured: project ${summary.fcm.projectId} (${summary.fcm.clientEmail}).`
              : "Not configured."}
          </p>
          <FcmCredentialsForm configured={Boolean(summary.fcm)} />
          {summary.fcm && <RemovePushCredentialsButton provider="fcm" />}
        </section>
        <section aria-label="APNs" className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-800">APNs (iOS, directly)</h3>
          <p className="text-xs text-slate-500">
            {summary.apns
              ? `Configured: key ${summary.apns.keyId}, team ${summary.apns.teamId}.`
              : "Not configured."}
          </p>
          <ApnsKeyForm configured={Boolean(summary.apns)} />
          {summary.apns && <RemovePushCredentialsButton provider="apns" />}
        </section>
        {(summary.fcm || summary.apns) && (
          <section aria-label="Test push" className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-slate-800">Send a test push</h3>
            <TestPushForm />
          </section>
        )}
      </div>
    </Card>
  );
}
