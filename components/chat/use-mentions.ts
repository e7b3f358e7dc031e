"use client";

import { type KeyboardEvent, useState } from "react";
import {
  insertMention,
  type Mentionable,
  type MentionQuery,
  matchingTeammates,
  mentionedIn,
  mentionQueryAt,
} from "@/lib/chat/mentions";

// The @mention picker's state for one textarea: the open query, the highlighted option, the chosen teammates.
export function useMentions(teammates: Mentionable[], enabled: boolean) {
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<Mentionable[]>([]);
  const options = enabled && query ? matchingTeammates(teammates, query.query) : [];
  const open = options.length > 0;

  const track = (text: string, caret: number) => {
    const next = enabled ? mentionQueryAt(text, caret) : null;
    if (next?.start !== query?.start || next?.query !== query?.query) setActive(0);
    setQuery(next);
  };

  // Returns the new text and caret for the caller to apply to its textarea.
  const pick = (text: string, caret: number, teammate: Mentionable) => {
    if (!query) return null;
    setChosen((current) => [...current, teammate]);
    setQuery(null);
    return insertMention(text, query, caret, teammate.name);
  };

  // Arrow keys move, Enter (or Tab) picks, Escape closes; true when the key was the picker's.
  const onKeyDown = (
    e: KeyboardEvent<HTMLTextAreaElement>,
    apply: (r: { text: string; caret: number }) => void,
  ) => {
    if (!open) return false;
    const { value, selectionStart } = e.currentTarget;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      const r = pick(value, selectionStart, options[Math.min(active, options.length - 1)]);
      if (r) apply(r);
    } else if (e.key === "Escape") {
      setQuery(null);
    } else return false;
    e.preventDefault();
    return true;
  };

  return {
    open,
    options,
    active: Math.min(active, Math.max(0, options.length - 1)),
    track,
    pick,
    onKeyDown,
    mentionedIds: (body: string) => mentionedIn(body, chosen),
    reset: () => {
      setChosen([]);
      setQuery(null);
    },
  };
}
