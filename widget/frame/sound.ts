// A short beep for a new agent message while the chat is closed or hidden. Browsers refuse audio until the
// visitor interacted with the frame (or the page delegates autoplay): then it is simply silent.
let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") context.resume().catch(() => {});
    return context;
  } catch {
    return undefined; // no WebAudio
  }
}

// Called from a user gesture in the frame, so later beeps are allowed.
export function unlockSound(): void {
  audio();
}

export function beep(): void {
  const ctx = audio();
  if (ctx?.state !== "running") return;
  const t = ctx.currentTime;
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = 880;
  gain.gain.setValueAtTime(0.0001, t);
  gain.gain.exponentialRampToValueAtTime(0.15, t + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
  osc.connect(gain).connect(ctx.destination);
  osc.start(t);
  osc.stop(t + 0.3);
}
