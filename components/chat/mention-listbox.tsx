import type { Mentionable } from "@/lib/chat/mentions";

export const mentionOptionId = (listId: string, userId: string) => `${listId}-${userId}`;

// The teammates an "@" can name; the textarea keeps focus and points at the highlighted one
// (aria-activedescendant), so the keyboard drives it and a click picks without stealing focus.
export function MentionListbox({
  id,
  options,
  active,
  onPick,
}: {
  id: string;
  options: Mentionable[];
  active: number;
  onPick: (teammate: Mentionable) => void;
}) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Teammates to mention"
      className="max-h-48 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-md"
    >
      {options.map((t, i) => (
        <div
          key={t.userId}
          id={mentionOptionId(id, t.userId)}
          role="option"
          aria-selected={i === active}
          // Focus stays in the textarea; -1 only makes the option focusable for assistive tech.
          tabIndex={-1}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(t);
          }}
          className="cursor-pointer px-3 py-1.5 aria-selected:bg-brand-50 aria-selected:text-brand-700"
        >
          {t.name}
        </div>
      ))}
    </div>
  );
}
