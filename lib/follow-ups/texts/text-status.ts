// X3: Twilio's message statuses in the order they can only move (PROVIDERS.md §2.2); a final failure is terminal.
const ranks: Record<string, number> = {
  accepted: 0,
  scheduled: 0,
  queued: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  undelivered: 5,
  failed: 5,
  canceled: 5,
};

export const textStatusRank = (status: string): number => ranks[status] ?? -1;

export const isFailedTextStatus = (status: string) =>
  status === "failed" || status === "undelivered" || status === "canceled";
