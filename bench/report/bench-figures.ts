import type { CatalogueResult, DepthResult, DrainResult, JourneysResult, ServerFlavor, SessionHopsResult } from '../load/load-jobs.js';

/** Everything one run measured; a measurement that failed is absent and named in `failures`. */
export interface ServerFigures {
  journeys?: JourneysResult;
  steady?: JourneysResult;
  depth?: DepthResult;
  rssIdleMb?: number | null;
  rssAfterLoadMb?: number | null;
}

/** One server's throughput and steady-rate runs in one round, with the server's CPU time per hop (from /proc) over each counted window. */
export interface RoundFigures {
  round: number;
  flavor: ServerFlavor;
  journeys?: JourneysResult;
  journeysCpuMicrosPerHop?: number | null;
  steady?: JourneysResult;
  steadyCpuMicrosPerHop?: number | null;
  /** Server CPU per hop at each session depth (null where /proc could not be read). */
  depthCpuMicrosPerHop?: { depth: number; micros: number | null }[];
}

export interface BenchFigures {
  rounds: RoundFigures[];
  servers: Partial<Record<ServerFlavor, ServerFigures>>;
  catalogue: { services: number; result: CatalogueResult }[];
  storedSessions: { requested: number; stored: number; result: SessionHopsResult }[];
  heldSessions?: { requested: number; opened: number; seconds: number; errors: number; rssBeforeMb: number | null; rssAfterMb: number | null };
  outbox: { gateway: 'sdk' | 'fetch'; queued: number; result: DrainResult }[];
  /** What was scaled down, and anything else a reader of the figures needs. */
  notes: string[];
  failures: string[];
}

export function emptyFigures(): BenchFigures {
  return { rounds: [], servers: {}, outbox: [], catalogue: [], storedSessions: [], notes: [], failures: [] };
}
