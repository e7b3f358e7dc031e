"use client";

import { useActionState, useState } from "react";
import { Avatar } from "@/components/shell/avatar";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { updateProfile } from "@/lib/actions/update-profile";
import { MAX_BOOKING_URL_LENGTH, MAX_NAME_LENGTH } from "@/lib/profile/limits";

interface ProfileFormProps {
  name: string;
  email: string;
  timeZone: string;
  timeZones: string[];
  bookingUrl: string | null;
}

// Controlled fields: React resets uncontrolled forms after an action, which would wipe a rejected entry.
export function ProfileForm(props: ProfileFormProps) {
  const [name, setName] = useState(props.name);
  const [timeZone, setTimeZone] = useState(props.timeZone);
  const [bookingUrl, setBookingUrl] = useState(props.bookingUrl ?? "");
  const [state, action, pending] = useActionState(updateProfile, undefined);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  return (
    <form action={action} noValidate className="flex max-w-md flex-col gap-4">
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <div className="flex items-center gap-3">
        <Avatar name={name} size="lg" />
        <p className="text-sm text-slate-600">Your avatar shows the initials of your name.</p>
      </div>
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        required
        maxLength={MAX_NAME_LENGTH}
        autoComplete="name"
        error={fieldErrors?.name}
      />
      <TextField
        label="Email"
        name="email"
        value={props.email}
        readOnly
        hint="You sign in with this address; it cannot be changed here."
      />
      <SelectField
        label="Time zone"
        name="timeZone"
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
        error={fieldErrors?.timeZone}
      >
        {props.timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Booking link"
        name="bookingUrl"
        type="url"
        value={bookingUrl}
        onChange={(event) => setBookingUrl(event.target.value)}
        maxLength={MAX_BOOKING_URL_LENGTH}
        placeholder="https://cal.com/you"
        hint="Your scheduling page. Slack's “Book meeting” shortcut sends it to the visitor as a card."
        error={fieldErrors?.bookingUrl}
      />
      <div>
        <Button type="submit" pending={pending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
