import type { LatencyStats } from './load-jobs.js';

/** p50 and p99 of latencies in milliseconds (nearest rank), to 0.01 ms. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => (sorted.length === 0 ? Number.NaN : round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!));
  return { samples: sorted.length, p50: at(0.5), p99: at(0.99) };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
