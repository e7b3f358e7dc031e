"use client";

import { useId, useState } from "react";
import { SelectField } from "@/components/ui/field";
import type { SlackChannelChoice } from "@/lib/integrations/slack/channels";

// A searchable list of the channels Herald can post in: typing narrows the list; the list itself is a native
// select (arrow keys, type-ahead, screen readers). The chosen channel stays listed while it is filtered out.
export function SlackChannelPicker(props: {
  label: string;
  hint: string;
  channels: readonly SlackChannelChoice[];
  value: string;
  onChange: (channelId: string) => void;
  error?: string;
}) {
  const [query, setQuery] = useState("");
  const searchId = useId();
  const q = query.trim().replace(/^#/, "").toLowerCase();
  const matching = props.channels.filter((c) => c.name.toLowerCase().includes(q));
  const chosen = props.channels.find((c) => c.id === props.value);
  const shown = chosen && !matching.includes(chosen) ? [chosen, ...matching] : matching;
  return (
    <div className="flex flex-col gap-1">
      {props.channels.length > 0 && (
        <input
          id={searchId}
          type="search"
          aria-label={`Search channels for ${props.label}`}
          placeholder="Search channels"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
      )}
      <SelectField
        label={props.label}
        name="channelId"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        hint={props.hint}
        error={props.error}
      >
        <option value="">Off</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {c.isPrivate ? "🔒" : "#"}
            {c.name}
          </option>
        ))}
        {props.value && !chosen && <option value={props.value}>{props.value} (not listed by Slack)</option>}
      </SelectField>
      {props.channels.length === 0 && (
        <p className="text-xs text-slate-500">
          Slack lists no channel Herald can post in: invite @Herald to one, or turn on “Use channel IDs”.
        </p>
      )}
      {props.channels.length > 0 && q && matching.length === 0 && (
        <p role="status" className="text-xs text-slate-500">
          No channel matches “{query}”.
        </p>
      )}
    </div>
  );
}
