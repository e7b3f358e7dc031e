// Round-robin assignment within a routing group: the next available member after the last one assigned.
export interface Candidate {
  userId: string;
  available: boolean; // not on Do Not Disturb, and within their weekly schedule
}

// `members` in a stable order (e.g. by join time); returns null when nobody is available, and the
// conversation then waits in the group's queue.
export function nextAssignee(members: Candidate[], lastAssignedUserId: string | null): string | null {
  if (members.length === 0) return null;
  const start = lastAssignedUserId ? members.findIndex((m) => m.userId === lastAssignedUserId) + 1 : 0;
  for (let i = 0; i < members.length; i++) {
    const candidate = members[(start + i) % members.length];
    if (candidate.available) return candidate.userId;
  }
  return null;
}
