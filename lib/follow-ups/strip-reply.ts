// The new part of an emailed reply (FU8): the text above the quoted history ("On … wrote:", "-----Original
// Message-----", "From: …", "> …") and without the signature ("-- ", "Sent from my …").
const quoteStarts = [
  /^On .+wrote:\s*$/i,
  /^Le .+a écrit\s*:\s*$/i,
  /^Am .+schrieb .+:\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}/i,
  /^_{5,}\s*$/,
  /^From:\s.+/i,
  /^>/,
];
const signatureStarts = [/^-- ?$/, /^Sent from my /i, /^Get Outlook for /i];

export function stripReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Gmail wraps a long "On … wrote:" over two lines.
    const joined = `${line} ${lines[i + 1] ?? ""}`;
    if (quoteStarts.some((re) => re.test(line.trim())) || /^On .+wrote:\s*$/i.test(joined.trim())) break;
    if (signatureStarts.some((re) => re.test(line.trimEnd()))) break;
    kept.push(line);
  }
  return kept.join("\n").trim();
}
