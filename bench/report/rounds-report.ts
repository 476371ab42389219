import type { BenchPlan } from '../bench-plan.js';
import type { ServerFlavor } from '../load/load-jobs.js';
import type { BenchFigures, RoundFigures } from './bench-figures.js';
import type { Target } from './bench-report.js';

const NAMES: Record<ServerFlavor, string> = {
  ceiling: 'Ceiling (bare Hono)',
  peer: 'Peer (ussd-menu-builder, plain)',
  'fair-peer': 'Fair peer (ussd-menu-builder, same work per hop)',
  project: 'This project',
};
const ORDER: ServerFlavor[] = ['ceiling', 'peer', 'fair-peer', 'project'];
const DASH = '—';

/** Smallest, median and largest of the figures that were measured. */
export function spread(values: (number | null | undefined)[]): { min: number; median: number; max: number } | null {
  const known = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 === 1 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  return { min: known[0]!, median, max: known.at(-1)! };
}

const fmt = (digits: number) => (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
function triple(values: (number | null | undefined)[], digits = 0): string {
  const found = spread(values);
  if (!found) return DASH;
  const f = fmt(digits);
  return `${f(found.min)} / **${f(found.median)}** / ${f(found.max)}`;
}

function roundsOf(figures: BenchFigures, flavor: ServerFlavor): RoundFigures[] {
  return figures.rounds.filter((row) => row.flavor === flavor);
}

const median = (values: (number | null | undefined)[]) => spread(values)?.median ?? Number.NaN;

/** The server's CPU per hop at `depth`, one figure per round. */
function depthCpuOf(figures: BenchFigures, flavor: ServerFlavor, depth: number): (number | null | undefined)[] {
  return roundsOf(figures, flavor).map((row) => row.depthCpuMicrosPerHop?.find((entry) => entry.depth === depth)?.micros);
}

/** Issue 15's targets on the journey mix, judged on the medians over the rounds (p99: every round). */
export function judgeRoundTargets(figures: BenchFigures, plan: BenchPlan): Target[] {
  const own = roundsOf(figures, 'project');
  const ownRate = median(own.map((row) => row.journeys?.hopsPerSecond));
  const ownCpu = median(own.map((row) => row.journeysCpuMicrosPerHop));
  const ceilingRate = median(roundsOf(figures, 'ceiling').map((row) => row.journeys?.hopsPerSecond));
  const fair = roundsOf(figures, 'fair-peer');
  const fairRate = median(fair.map((row) => row.journeys?.hopsPerSecond));
  const fairCpu = median(fair.map((row) => row.journeysCpuMicrosPerHop));
  const judged = (name: string, value: number, met: (value: number) => boolean, detail: string): Target =>
    Number.isFinite(value) ? { name, status: met(value) ? 'met' : 'missed', detail } : { name, status: 'not measured', detail: '' };
  const steadyP99 = own.map((row) => row.steady?.latency.p99).filter((p99): p99 is number => p99 !== undefined);
  const under = steadyP99.filter((p99) => p99 < 10).length;
  return [
    judged('server CPU per hop at most 150 µs (median, 50 connections)', ownCpu, (cpu) => cpu <= 150, `${fmt(0)(ownCpu)} µs`),
    judged('at least 0.25× the ceiling\'s hops/s (medians)', ownRate / ceilingRate, (ratio) => ratio >= 0.25, `${fmt(0)(ownRate)} vs ${fmt(0)(ceilingRate)}: ${fmt(2)(ownRate / ceilingRate)}×`),
    judged('at least 1.5× the fair peer\'s hops/s (medians)', ownRate / fairRate, (ratio) => ratio >= 1.5, `${fmt(0)(ownRate)} vs ${fmt(0)(fairRate)}: ${fmt(2)(ownRate / fairRate)}×`),
    judged('server CPU per hop at most the fair peer\'s (medians, 50 connections)', ownCpu / fairCpu, (ratio) => ratio <= 1, `${fmt(0)(ownCpu)} vs ${fmt(0)(fairCpu)} µs`),
    judgeDepthCpu(figures, plan),
    steadyP99.length > 0
      ? { name: `p99 under 10 ms at a steady ${plan.steady.hopsPerSecond} hops/s in every round`, status: under === steadyP99.length && steadyP99.length >= 3 ? 'met' : 'missed', detail: `${under} of ${steadyP99.length}: ${steadyP99.map(fmt(2)).join(', ')} ms` }
      : { name: `p99 under 10 ms at a steady ${plan.steady.hopsPerSecond} hops/s`, status: 'not measured', detail: '' },
  ];
}

/** At every session depth, this project's median CPU per hop at most the fair peer's. */
function judgeDepthCpu(figures: BenchFigures, plan: BenchPlan): Target {
  const name = 'server CPU per hop at most the fair peer\'s at every session depth (medians)';
  const pairs = plan.depth.depths.map((depth) => ({ depth, own: median(depthCpuOf(figures, 'project', depth)), fair: median(depthCpuOf(figures, 'fair-peer', depth)) }));
  if (pairs.some((pair) => !Number.isFinite(pair.own) || !Number.isFinite(pair.fair))) return { name, status: 'not measured', detail: '' };
  const detail = pairs.map((pair) => `depth ${pair.depth}: ${fmt(0)(pair.own)} vs ${fmt(0)(pair.fair)} µs`).join('; ');
  return { name, status: pairs.every((pair) => pair.own <= pair.fair) ? 'met' : 'missed', detail };
}

/** The side-by-side table over the rounds: min / median / max of each figure, per server. */
export function renderRounds(figures: BenchFigures, plan: BenchPlan): string[] {
  const rounds = new Set(figures.rounds.map((row) => row.round)).size;
  const lines = [
    `### Side by side over ${rounds} rounds (min / **median** / max)`,
    '',
    `Each round starts every server afresh, one at a time, the order alternating; server CPU is the run time of all the server process's threads (from /proc/<pid>/task/*/schedstat, in nanoseconds) over the counted window, divided by the hops answered in it (the load generator runs in a process of its own and is not counted).`,
    '',
    `| Server | Hops/s, ${plan.throughput.connections} connections | Server CPU µs per hop, same runs | p50 ms, same runs | p99 ms at ${plan.steady.hopsPerSecond} hops/s | Server CPU µs per hop at ${plan.steady.hopsPerSecond} hops/s | Errors (all rounds) |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const flavor of ORDER) {
    const rows = roundsOf(figures, flavor);
    if (rows.length === 0) continue;
    const errors = rows.reduce((sum, row) => sum + [row.journeys, row.steady].reduce((inner, result) => inner + (result ? result.errors.non200 + result.errors.notConOrEnd + result.errors.socket + result.errors.timeouts : 0), 0), 0);
    lines.push(
      `| ${NAMES[flavor]} | ${triple(rows.map((row) => row.journeys?.hopsPerSecond))} | ${triple(rows.map((row) => row.journeysCpuMicrosPerHop))} | ${triple(rows.map((row) => row.journeys?.latency.p50), 2)} | ${triple(rows.map((row) => row.steady?.latency.p99), 2)} | ${triple(rows.map((row) => row.steadyCpuMicrosPerHop))} | ${errors} |`,
    );
  }
  const byDepth = ORDER.filter((flavor) => roundsOf(figures, flavor).some((row) => row.depthCpuMicrosPerHop));
  if (byDepth.length > 0) {
    const { depths } = plan.depth;
    lines.push(
      '',
      `Server CPU µs per hop by session depth (min / **median** / max over the rounds): in each round ${plan.depthCpu.sessionsPerDepth.toLocaleString('en-US')} new sessions walked to depth d-1 over ${plan.depthCpu.connections} connections (dial, 1, 1, then 98 through the agency list), not counted; then hop d of all of them, counted.`,
      '',
      `| Server | ${depths.map((depth) => `Depth ${depth}`).join(' | ')} |`,
      `|---|${depths.map(() => '---:').join('|')}|`,
      ...byDepth.map((flavor) => `| ${NAMES[flavor]} | ${depths.map((depth) => triple(depthCpuOf(figures, flavor, depth))).join(' | ')} |`),
    );
  }
  lines.push('', '#### Targets of issue 15', '', ...judgeRoundTargets(figures, plan).map((target) => `- ${target.name}: **${target.status}**${target.detail ? ` (${target.detail})` : ''}`));
  return lines;
}
