// Times and durations as the agent app shows them, in the member's own time zone: the same text on the server
// and in the browser, so server-rendered times never mismatch on hydration.
import { wallClockAt } from "./zoned";

const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// "14:05" today, "21 Nov" earlier this year, "21 Nov 2025" before.
export function formatShortTime(instant: Date, timeZone: string, now: Date): string {
  const t = wallClockAt(instant, timeZone);
  const n = wallClockAt(now, timeZone);
  if (t.year === n.year && t.month === n.month && t.day === n.day) return `${pad(t.hour)}:${pad(t.minute)}`;
  const date = `${t.day} ${MONTHS[t.month - 1]}`;
  return t.year === n.year ? date : `${date} ${t.year}`;
}

// "14:05" — a message time within a transcript, always with the hour.
export function formatClockTime(instant: Date, timeZone: string): string {
  const t = wallClockAt(instant, timeZone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

// "45 s", "3 min 20 s", "1 h 05 min": how long a visitor has been on the site.
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${pad(s % 60)} s`;
  return `${Math.floor(m / 60)} h ${pad(m % 60)} min`;
}
