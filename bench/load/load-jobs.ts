/**
 * What the harness asks a load-generator child to do, and what the child answers. The harness
 * passes a job as JSON on the command line; the child prints one `@@result <json>` line.
 */

/** Which server a job talks to: the journeys differ only where the servers' menus differ. */
export type ServerFlavor = 'project' | 'peer' | 'fair-peer' | 'ceiling';

export interface Target {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  flavor: ServerFlavor;
  /**
   * Where this job's phone numbers start: every job against one server gets its own range, so
   * no journey meets an earlier one's session from the same phone (which would be offered to
   * continue).
   */
  phoneBase: number;
}

export interface LatencyStats {
  samples: number;
  p50: number;
  p99: number;
}

export interface JourneysJob {
  kind: 'journeys';
  target: Target;
  connections: number;
  /** The run's first seconds, not counted (JIT warm-up, connection ramp); errors count throughout. */
  warmupSeconds: number;
  durationSeconds: number;
  /** Hops per second over all connections (autocannon's `overallRate`); unset: as fast as answered. */
  overallRate?: number | undefined;
}

export interface JourneysResult {
  /** Counted after the warm-up. */
  hops: number;
  seconds: number;
  hopsPerSecond: number;
  latency: LatencyStats;
  errors: { non200: number; notConOrEnd: number; socket: number; timeouts: number };
  /** Journeys that ended on the screen they aim for, and those that did not (not errors: a menu difference). */
  journeys: { asScripted: number; offScript: number; firstOffScript: string | null };
}

export interface DepthJob {
  kind: 'depth';
  target: Target;
  depths: number[];
  sessionsPerDepth: number;
  budgetSeconds: number;
}

export type DepthResult = { depth: number; latency: LatencyStats }[];

/**
 * The server's CPU per hop by session depth: for each depth, `sessionsPerDepth` new sessions
 * walked to depth d-1 over `connections`, then hop d of all of them sent at once between the
 * marks `depth-<d>` and `depth-<d>-done` (the harness reads the server's CPU at each).
 */
export interface DepthCpuJob {
  kind: 'depth-cpu';
  target: Target;
  depths: number[];
  sessionsPerDepth: number;
  connections: number;
}

/** How many hops each depth's window held. */
export type DepthCpuResult = { depth: number; hops: number }[];

export interface CatalogueJob {
  kind: 'catalogue';
  target: Target;
  samples: number;
  budgetSeconds: number;
  /** The category whose services are listed (its English label) and the words searched. */
  category: string;
  /** Matches one service at every size: the cost of looking a word up. */
  word: string;
  /** Matches one in 25 generated services: listed while few, "type more of the name" beyond MAX_SEARCH_MATCHES. */
  broadWord: string;
}

export interface CatalogueResult {
  category: LatencyStats;
  search: LatencyStats;
  broadSearch: LatencyStats;
  /** How the broad search answered: with the list of matches, or by asking for more of the name. */
  broadAnswer: 'list' | 'too many';
}

export interface SessionHopsJob {
  kind: 'session-hops';
  target: Target;
  samples: number;
  budgetSeconds: number;
}

export interface SessionHopsResult {
  dial: LatencyStats;
  next: LatencyStats;
}

export interface OpenSessionsJob {
  kind: 'open-sessions';
  target: Target;
  sessions: number;
  connections: number;
  /** Stops early after this long: the result says how many were opened. */
  budgetSeconds: number;
}

export interface OpenSessionsResult {
  opened: number;
  seconds: number;
  errors: number;
}

export interface DrainJob {
  kind: 'drain';
  databasePath: string;
  /** The local Africa's Talking gateway's base URL (ending in its mount path). */
  gatewayUrl: string;
  queued: number;
  /** The africastalking SDK (what runs on Node) or the project's fetch gateway (what runs on Workers). */
  gateway: 'sdk' | 'fetch';
}

export interface DrainResult {
  sent: number;
  notSent: number;
  seconds: number;
  smsPerSecond: number;
  /** The draining process's own CPU time (user + system) per SMS sent. */
  cpuMicrosPerSms: number;
}

export type LoadJob = JourneysJob | DepthJob | DepthCpuJob | CatalogueJob | SessionHopsJob | OpenSessionsJob | DrainJob;

export interface LoadResults {
  journeys: JourneysResult;
  depth: DepthResult;
  'depth-cpu': DepthCpuResult;
  catalogue: CatalogueResult;
  'session-hops': SessionHopsResult;
  'open-sessions': OpenSessionsResult;
  drain: DrainResult;
}

export const RESULT_PREFIX = '@@result ';
/** A line `@@mark <name>` the child prints when a counted window opens (`counting`, `depth-<d>`) or closes (`done`, `depth-<d>-done`), so the harness can read the server's CPU time at those moments. */
export const MARK_PREFIX = '@@mark ';
export type LoadMark = 'counting' | 'done' | `depth-${number}` | `depth-${number}-done`;

/** Tells the harness a counted window opened or closed (stdout to a pipe is synchronous on Linux). */
export function printMark(name: LoadMark) {
  process.stdout.write(`\n${MARK_PREFIX}${name}\n`);
}
