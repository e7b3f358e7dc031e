// When the visitor last read a conversation, kept in the frame's storage so the unread badge survives a
// reload. Storage may be blocked in a third-party frame: memory then.
const memory = new Map<string, string>();
const storageKey = (publicKey: string, conversationId: string) =>
  `herald:${publicKey}:read:${conversationId}`;

export function loadLastRead(publicKey: string, conversationId: string): string | null {
  const k = storageKey(publicKey, conversationId);
  try {
    return localStorage.getItem(k) ?? memory.get(k) ?? null;
  } catch {
    return memory.get(k) ?? null;
  }
}

export function saveLastRead(publicKey: string, conversationId: string, at: string): void {
  const k = storageKey(publicKey, conversationId);
  memory.set(k, at);
  try {
    localStorage.setItem(k, at);
  } catch {} // storage blocked (third-party frame): the in-memory copy still serves this tab
}
