"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { sendTestPush } from "@/lib/actions/send-test-push";

// FU3: "Send a test push" to one device token with the saved credentials; a failure shows its short reason.
export function TestPushForm() {
  const [state, onSubmit, pending] = useFormAction(sendTestPush);
  return (
    <form aria-label="Send a test push" onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Provider" name="provider" defaultValue="fcm">
          <option value="fcm">FCM</option>
          <option value="apns">APNs</option>
        </SelectField>
        <SelectField label="APNs environment" name="environment" defaultValue="production">
          <option value="production">Production</option>
          <option value="development">Development (debug builds)</option>
        </SelectField>
        <TextField
          label="Bundle id (APNs)"
          name="appId"
          autoComplete="off"
          placeholder="com.example.app"
          error={fieldError(state, "appId")}
        />
      </div>
      <TextField
        label="Device token"
        name="deviceToken"
        autoComplete="off"
        hint="From your app's log: the FCM registration token, or the APNs device token in hex."
        error={fieldError(state, "deviceToken")}
      />
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Send a test push
        </Button>
      </div>
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
