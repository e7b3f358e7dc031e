// X5: "the first words of the message" as every surface shows them: plain text on one line, cut at a word
// boundary near the limit, so a notification never ends mid-word or spills a pasted page.
export const FIRST_WORDS_LIMIT = 140;

// How far back from the limit a space may be before a very long word is cut where it stands.
const WORD_SLACK = 30;

export function firstWords(text: string, limit = FIRST_WORDS_LIMIT): string {
  const plain = text.replace(/\s+/g, " ").trim();
  if (plain.length <= limit) return plain;
  const cut = plain.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  const head = space >= limit - WORD_SLACK ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:!?—–-]+$/, "")}…`;
}
