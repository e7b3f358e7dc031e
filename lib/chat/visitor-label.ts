// How the agent app names a visitor: their name, else their email, else what an unsigned identify claimed
// (marked unverified), else "Visitor 1a2b" from their id.
export interface VisitorIdentity {
  visitorId: string;
  name: string | null;
  email: string | null;
  unverifiedName?: string | null;
  unverifiedEmail?: string | null;
}

export function visitorLabel(v: VisitorIdentity): string {
  const claimed = v.unverifiedName?.trim() || v.unverifiedEmail;
  return (
    v.name?.trim() ||
    v.email ||
    (claimed ? `${claimed} (unverified)` : `Visitor ${v.visitorId.replace(/-/g, "").slice(0, 4)}`)
  );
}

// The greeting Live Views' "Start chat" suggests: by first name when the name is known.
export function greetingFor(name: string | null): string {
  const first = name?.trim().split(/\s+/)[0];
  return first ? `Hi ${first}, can I help you with anything?` : "Hi, can I help you with anything?";
}
