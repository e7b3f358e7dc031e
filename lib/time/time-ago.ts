// "5 min ago": how long something has been waiting, for lists a supervisor scans.
export function timeAgo(since: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

// "in 5 min" / "5 min ago": a deadline relative to now.
export function untilOrSince(deadline: Date, now: Date): string {
  if (deadline <= now) return timeAgo(deadline, now);
  const minutes = Math.ceil((deadline.getTime() - now.getTime()) / 60_000);
  return minutes < 60 ? `in ${minutes} min` : `in ${Math.round(minutes / 60)} h`;
}
