// @mentions in an internal note (IC8): what the author is typing after "@", the teammates it matches, and
// which of the chosen teammates the note still names when it is sent.
export interface Mentionable {
  userId: string;
  name: string;
}

export interface MentionQuery {
  start: number; // index of the "@"
  query: string; // typed after it, up to the caret
}

const MAX_QUERY = 40;

// An "@" at the start or after a space, then no line break, up to the caret.
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]))) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query)) return null;
  return { start: at, query };
}

// Names starting with the query, or with a word that does (so "@luc" and "@agent" both find "Luca Agent").
export function matchingTeammates(teammates: Mentionable[], query: string, limit = 8): Mentionable[] {
  const q = query.trim().toLowerCase();
  return teammates
    .filter((t) => {
      const name = t.name.toLowerCase();
      return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
    })
    .slice(0, limit);
}

export function insertMention(text: string, mention: MentionQuery, caret: number, name: string) {
  const inserted = `@${name} `;
  return {
    text: text.slice(0, mention.start) + inserted + text.slice(caret),
    caret: mention.start + inserted.length,
  };
}

// A chosen teammate whose "@Name" was edited away is not notified.
export function mentionedIn(body: string, chosen: Mentionable[]): string[] {
  const ids = chosen.filter((t) => body.includes(`@${t.name}`)).map((t) => t.userId);
  return [...new Set(ids)];
}
