/**
 * How long and how big each measurement is. The default run takes about 10 minutes on a 2-core
 * machine; `--quick` runs every measurement briefly (about 3 minutes) to check the
 * bench works, and its figures are indicative only.
 */
export interface BenchPlan {
  quick: boolean;
  /** Rounds of the side-by-side throughput and steady-rate runs; the servers' order alternates. */
  rounds: number;
  throughput: { connections: number; warmupSeconds: number; durationSeconds: number };
  steady: { hopsPerSecond: number; connections: number; warmupSeconds: number; durationSeconds: number };
  depth: { depths: number[]; sessionsPerDepth: number; budgetSeconds: number };
  /** Server CPU per hop by session depth, in every round (the depths are `depth.depths`). */
  depthCpu: { sessionsPerDepth: number; connections: number };
  catalogue: { sizes: number[]; samples: number; budgetSeconds: number; category: string; word: string; broadWord: string };
  storedSessions: { sizes: number[]; samples: number; budgetSeconds: number };
  heldSessions: { count: number; connections: number; budgetSeconds: number };
  outbox: { sms: number };
  /** A growth set-up (inserting rows, opening sessions) is cut short after this and says so. */
  growthBudgetSeconds: number;
  /** The whole run stops after this, whatever is left, and kills every child. */
  deadlineSeconds: number;
}

export function benchPlan(quick: boolean): BenchPlan {
  return {
    quick,
    rounds: 3,
    throughput: { connections: 50, warmupSeconds: quick ? 3 : 5, durationSeconds: quick ? 3 : 15 },
    // autocannon spreads overallRate over the connections, each sending its share as fast as
    // it can at the start of every second: few connections keep those bursts small.
    steady: { hopsPerSecond: 500, connections: 5, warmupSeconds: 1, durationSeconds: quick ? 2 : 15 },
    depth: { depths: [1, 5, 10, 20], sessionsPerDepth: quick ? 15 : 150, budgetSeconds: quick ? 4 : 40 },
    // 1,000 hops of about 0.2 ms are 20 of /proc's 10 ms ticks: the figure is within 5-10%.
    depthCpu: { sessionsPerDepth: quick ? 200 : 1_000, connections: 10 },
    catalogue: { sizes: [100, 10_000, 100_000], samples: quick ? 10 : 120, budgetSeconds: quick ? 3 : 20, category: 'Immigration', word: 'good conduct', broadWord: 'passport' },
    storedSessions: { sizes: quick ? [1_000, 100_000] : [1_000, 1_000_000], samples: quick ? 20 : 200, budgetSeconds: quick ? 3 : 15 },
    heldSessions: { count: quick ? 2_000 : 100_000, connections: 20, budgetSeconds: quick ? 5 : 60 },
    outbox: { sms: quick ? 200 : 3_000 },
    growthBudgetSeconds: 60,
    deadlineSeconds: quick ? 420 : 1_500,
  };
}
