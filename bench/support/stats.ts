// Latency percentiles for the benches: nearest-rank on the sorted samples, rounded for printing.
export interface Percentiles {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

export function percentiles(samples: number[], decimals = 2): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 10 ** decimals) / 10 ** decimals;
  return {
    p50_ms: round(at(50)),
    p95_ms: round(at(95)),
    p99_ms: round(at(99)),
    max_ms: round(sorted.at(-1) ?? Number.NaN),
  };
}
