// The delivery log's filters: a plain GET form, so each filter lives in the URL and works without JavaScript.
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { deliveryStatuses } from "@/db/schema/outbox";
import { eventTypes } from "@/lib/notifications/events/event";
import type { DeliveryLogQuery } from "@/lib/notifications/explain/delivery-log-filters";
import { deliveryChannels, reasonCodes } from "@/lib/notifications/planner/decision";

const label = (value: string) => value.replaceAll("_", " ");

export function DeliveryLogFilters({
  query,
  teammates,
}: {
  query: DeliveryLogQuery;
  teammates: { userId: string; name: string }[];
}) {
  const options = (values: readonly string[]) =>
    values.map((v) => (
      <option key={v} value={v}>
        {label(v)}
      </option>
    ));
  return (
    <form
      method="get"
      action="/settings/deliveries"
      aria-label="Filter deliveries"
      className="grid gap-3 sm:grid-cols-3"
    >
      <SelectField label="Recipient" name="recipient" defaultValue={query.recipient ?? ""}>
        <option value="">Everyone</option>
        {teammates.map((t) => (
          <option key={t.userId} value={t.userId}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="DeliveryChannel" name="channel" defaultValue={query.channel ?? ""}>
        <option value="">Any channel</option>
        {options(deliveryChannels)}
      </SelectField>
      <SelectField label="Reason" name="reason" defaultValue={query.reason ?? ""}>
        <option value="">Any reason</option>
        {options(reasonCodes)}
      </SelectField>
      <SelectField label="Delivery status" name="status" defaultValue={query.status ?? ""}>
        <option value="">Any status</option>
        {options(deliveryStatuses)}
      </SelectField>
      <SelectField label="Event" name="event" defaultValue={query.event ?? ""}>
        <option value="">Any event</option>
        {options(eventTypes)}
      </SelectField>
      <TextField label="Conversation id" name="conversation" defaultValue={query.conversation ?? ""} />
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">Filter</Button>
        <a
          href="/settings/deliveries"
          className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100"
        >
          Clear filters
        </a>
      </div>
    </form>
  );
}
