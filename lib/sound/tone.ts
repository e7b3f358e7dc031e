// A short two-note chime made with WebAudio: no audio file to ship or cache. Browsers keep an AudioContext
// suspended until a user gesture, so the app unlocks it on the first click or key press ("one click to unlock
// audio") and the settings page's "Play test sound" does it too.
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === "undefined" || typeof AudioContext === "undefined") return null;
  context ??= new AudioContext();
  return context;
}

// Call from a user gesture's handler: resuming outside one is refused by autoplay policies.
export async function unlockAudio(): Promise<boolean> {
  const ctx = audio();
  if (!ctx) return false;
  if (ctx.state === "suspended") await ctx.resume().catch(() => undefined);
  return ctx.state === "running";
}

export function playTone(): boolean {
  const ctx = audio();
  if (ctx?.state !== "running") return false; // still locked: the toast or title carries the news
  const start = ctx.currentTime;
  for (const [i, frequency] of [880, 1320].entries()) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    const at = start + i * 0.12;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.2);
  }
  return true;
}
