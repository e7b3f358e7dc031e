"use client";

import { ActionMessage } from "@/components/settings/integrations/action-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { type FormAction, fieldError, useFormAction } from "@/components/ui/use-form-action";
import { removePushCredentials } from "@/lib/actions/remove-push-credentials";
import { savePushCredentials } from "@/lib/actions/save-push-credentials";
import { saveSandboxPushCredentials } from "@/lib/actions/save-sandbox-push-credentials";

// FU3: the Firebase service account JSON (Android apps, and iOS apps that push through Firebase).
export function FcmCredentialsForm({ configured }: { configured: boolean }) {
  const [state, onSubmit, pending] = useFormAction(savePushCredentials);
  return (
    <form aria-label="FCM credentials" onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="provider" value="fcm" />
      <TextAreaField
        label="Firebase service account (JSON)"
        name="serviceAccount"
        rows={4}
        autoComplete="off"
        placeholder='{"type": "service_account", "project_id": …}'
        hint="Firebase console → Project settings → Service accounts → Generate new private key. Stored encrypted; never shown again."
        error={fieldError(state, "serviceAccount")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {configured ? "Replace FCM credentials" : "Save FCM credentials"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

// FU3: an APNs token-auth key (.p8) for iOS apps that talk to Apple directly.
export function ApnsKeyForm({ configured }: { configured: boolean }) {
  const [state, onSubmit, pending] = useFormAction(savePushCredentials);
  return (
    <form aria-label="APNs key" onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="provider" value="apns" />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Key ID" name="keyId" autoComplete="off" error={fieldError(state, "keyId")} />
        <TextField label="Team ID" name="teamId" autoComplete="off" error={fieldError(state, "teamId")} />
      </div>
      <TextAreaField
        label="Key (.p8 file)"
        name="privateKey"
        rows={4}
        autoComplete="off"
        placeholder="-----BEGIN PRIVATE KEY-----"
        hint="Apple Developer → Keys → a key with Apple Push Notifications service. Stored encrypted; never shown again."
        error={fieldError(state, "privateKey")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {configured ? "Replace APNs key" : "Save APNs key"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function RemovePushCredentialsButton({ provider }: { provider: "fcm" | "apns" }) {
  const [state, onSubmit, pending] = useFormAction(removePushCredentials as FormAction<unknown>);
  const name = provider === "fcm" ? "FCM" : "APNs";
  return (
    <form aria-label={`Remove ${name} credentials`} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="provider" value={provider} />
      <Button type="submit" variant="danger" pending={pending}>
        Remove {name} credentials
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}

// Development: fill both from the running push sandbox.
export function SandboxPushCredentialsButton() {
  const [state, onSubmit, pending] = useFormAction(saveSandboxPushCredentials as FormAction<unknown>);
  return (
    <form aria-label="Use the sandbox credentials" onSubmit={onSubmit} className="flex flex-col gap-2">
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Use the sandbox’s credentials
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}

function FormMessage({ state }: { state: Parameters<typeof ActionMessage>[0]["state"] }) {
  if (state && !state.ok && !state.fieldErrors) return <Alert tone="error">{state.error}</Alert>;
  return <ActionMessage state={state} />;
}
