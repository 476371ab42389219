import { MAX_SEARCH_MATCHES } from '../../src/domain/search-limits.js';
import type { BenchPlan } from '../bench-plan.js';
import type { JourneysResult, LatencyStats } from '../load/load-jobs.js';
import type { BenchFigures } from './bench-figures.js';
import { renderRounds } from './rounds-report.js';

export interface RunInfo {
  command: string;
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  os: string;
}

interface Row {
  measure: string;
  ceiling?: string;
  peer?: string;
  project?: string;
  ratio?: string;
  target?: string;
}

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface Target {
  name: string;
  status: TargetStatus;
  detail: string;
}

const DASH = '—';
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const pair = (stats: LatencyStats | undefined) => (stats ? `${ms(stats.p50)} / ${ms(stats.p99)}` : DASH);
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const mb = (value: number | null | undefined) => (value == null ? DASH : `${int(value)}`);
const errors = (result: JourneysResult | undefined) =>
  result ? `${int(result.errors.non200)} / ${int(result.errors.notConOrEnd)} / ${int(result.errors.socket)} / ${int(result.errors.timeouts)}` : DASH;
const mark = (target: Target | undefined) => (target ? `${target.name}: **${target.status}**` : '');

/** The five targets of the issue, judged from the figures (p50 for ratios, as the table shows). */
export function judgeTargets(figures: BenchFigures, plan: BenchPlan): Target[] {
  const { ceiling, peer, project } = figures.servers;
  const targets: Target[] = [];

  const ownRate = project?.journeys?.hopsPerSecond;
  const ceilingRate = ceiling?.journeys?.hopsPerSecond;
  targets.push(
    ownRate && ceilingRate
      ? { name: 'at least half the ceiling\'s hops/s', status: ownRate >= ceilingRate / 2 ? 'met' : 'missed', detail: `${int(ownRate)} vs ${int(ceilingRate)} (${times(ownRate / ceilingRate)})` }
      : { name: 'at least half the ceiling\'s hops/s', status: 'not measured', detail: '' },
  );

  const ownDepth = project?.depth;
  const peerDepth = peer?.depth;
  if (ownDepth && peerDepth) {
    const behind = ownDepth.filter((own) => {
      const other = peerDepth.find((row) => row.depth === own.depth);
      return !other || own.latency.p50 > other.latency.p50;
    });
    targets.push({
      name: 'level with the peer at every depth (p50)',
      status: behind.length === 0 ? 'met' : 'missed',
      detail: behind.length === 0 ? 'faster or equal at every depth' : `slower at depth ${behind.map((row) => row.depth).join(', ')}`,
    });
  } else targets.push({ name: 'level with the peer at every depth (p50)', status: 'not measured', detail: '' });

  const steady = project?.steady;
  targets.push(
    steady
      ? { name: `p99 under 10 ms at a steady ${plan.steady.hopsPerSecond} hops/s`, status: steady.latency.p99 < 10 ? 'met' : 'missed', detail: `p99 ${ms(steady.latency.p99)} ms` }
      : { name: `p99 under 10 ms at a steady ${plan.steady.hopsPerSecond} hops/s`, status: 'not measured', detail: '' },
  );

  const first = ownDepth?.find((row) => row.depth === 1);
  const last = ownDepth?.find((row) => row.depth === Math.max(...plan.depth.depths));
  targets.push(
    first && last
      ? { name: 'depth 20 within 1.25× depth 1', status: last.latency.p50 <= first.latency.p50 * 1.25 ? 'met' : 'missed', detail: times(last.latency.p50 / first.latency.p50) }
      : { name: 'depth 20 within 1.25× depth 1', status: 'not measured', detail: '' },
  );

  const smallest = figures.catalogue.find((row) => row.services === Math.min(...plan.catalogue.sizes));
  const largest = figures.catalogue.find((row) => row.services === Math.max(...plan.catalogue.sizes));
  if (smallest && largest) {
    const category = largest.result.category.p50 / smallest.result.category.p50;
    const search = largest.result.search.p50 / smallest.result.search.p50;
    const broad = largest.result.broadSearch.p50 / smallest.result.broadSearch.p50;
    targets.push({
      name: `${int(largest.services)} services within 1.5× ${int(smallest.services)}`,
      status: category <= 1.5 && search <= 1.5 && broad <= 1.5 ? 'met' : 'missed',
      detail: `category ${times(category)}, word search ${times(search)}, broad word search ${times(broad)}`,
    });
  } else targets.push({ name: 'catalogue size within 1.5×', status: 'not measured', detail: '' });
  return targets;
}

function rows(figures: BenchFigures, plan: BenchPlan, targets: Target[]): Row[] {
  const { ceiling, peer, project } = figures.servers;
  const [throughputTarget, depthTarget, steadyTarget, depthGrowthTarget, catalogueTarget] = targets;
  const out: Row[] = [];
  const rate = (flavor: typeof project) => (flavor?.journeys ? int(flavor.journeys.hopsPerSecond) : DASH);
  const ownRate = project?.journeys?.hopsPerSecond ?? Number.NaN;

  out.push({
    measure: `Hops/s, ${plan.throughput.connections} connections, ${plan.throughput.durationSeconds} s of journeys (after ${plan.throughput.warmupSeconds} s warm-up)`,
    ceiling: rate(ceiling),
    peer: rate(peer),
    project: rate(project),
    ratio: `${times(ownRate / (ceiling?.journeys?.hopsPerSecond ?? Number.NaN))} ceiling, ${times(ownRate / (peer?.journeys?.hopsPerSecond ?? Number.NaN))} peer`,
    target: mark(throughputTarget),
  });
  out.push({ measure: 'Hop latency p50 / p99 (ms), same run', ceiling: pair(ceiling?.journeys?.latency), peer: pair(peer?.journeys?.latency), project: pair(project?.journeys?.latency) });
  out.push({ measure: 'Errors: non-200 / not CON-END / socket / timeout', ceiling: errors(ceiling?.journeys), peer: errors(peer?.journeys), project: errors(project?.journeys) });
  const scripted = (result: JourneysResult | undefined) => (result ? `${int(result.journeys.asScripted)} / ${int(result.journeys.offScript)}` : DASH);
  out.push({ measure: 'Journeys that reached their screen / went off script', ceiling: 'n/a', peer: scripted(peer?.journeys), project: scripted(project?.journeys) });
  out.push({
    measure: `p50 / p99 (ms) at ${plan.steady.hopsPerSecond} hops/s (overallRate, ${plan.steady.connections} connections, ${plan.steady.durationSeconds} s)`,
    ceiling: pair(ceiling?.steady?.latency),
    peer: pair(peer?.steady?.latency),
    project: pair(project?.steady?.latency),
    ratio: project?.steady ? `${int(project.steady.hopsPerSecond)} hops/s achieved` : '',
    target: mark(steadyTarget),
  });

  const peerFirst = peer?.depth?.find((row) => row.depth === 1)?.latency.p50 ?? Number.NaN;
  const ownFirst = project?.depth?.find((row) => row.depth === 1)?.latency.p50 ?? Number.NaN;
  for (const depth of plan.depth.depths) {
    const own = project?.depth?.find((row) => row.depth === depth)?.latency;
    const other = peer?.depth?.find((row) => row.depth === depth)?.latency;
    const isLast = depth === Math.max(...plan.depth.depths);
    out.push({
      measure: `Hop at session depth ${depth}: p50 / p99 (ms)${own ? `, ${int(own.samples)} sessions` : ''}`,
      ceiling: DASH,
      peer: other ? `${pair(other)} (${times(other.p50 / peerFirst)} d1)` : DASH,
      project: own ? `${pair(own)} (${times(own.p50 / ownFirst)} d1)` : DASH,
      ratio: own && other ? `${times(own.p50 / other.p50)} peer` : '',
      target: isLast ? [mark(depthGrowthTarget), mark(depthTarget)].join('; ') : '',
    });
  }

  const baseCatalogue = figures.catalogue[0]?.result;
  for (const [index, { services, result }] of figures.catalogue.entries()) {
    const last = index === figures.catalogue.length - 1;
    out.push({
      measure: `Find by category (${plan.catalogue.category}), ${int(services)} services: p50 / p99 (ms)`,
      project: pair(result.category),
      ratio: baseCatalogue ? `${times(result.category.p50 / baseCatalogue.category.p50)} smallest` : '',
      target: last ? mark(catalogueTarget) : '',
    });
  }
  for (const { services, result } of figures.catalogue) {
    out.push({
      measure: `Word search "${plan.catalogue.word}" (one match), ${int(services)} services: p50 / p99 (ms)`,
      project: pair(result.search),
      ratio: baseCatalogue ? `${times(result.search.p50 / baseCatalogue.search.p50)} smallest` : '',
    });
  }
  for (const { services, result } of figures.catalogue) {
    out.push({
      measure: `Word search "${plan.catalogue.broadWord}" (one in 25 generated), ${int(services)} services, answered with ${result.broadAnswer === 'list' ? 'the list' : '"type more of the name"'}: p50 / p99 (ms)`,
      project: pair(result.broadSearch),
      ratio: baseCatalogue ? `${times(result.broadSearch.p50 / baseCatalogue.broadSearch.p50)} smallest` : '',
    });
  }

  const baseSessions = figures.storedSessions[0]?.result;
  for (const kind of ['dial', 'next'] as const) {
    for (const { stored, result } of figures.storedSessions) {
      out.push({
        measure: `${kind === 'dial' ? 'Dial (first hop)' : 'Next hop'}, ${int(stored)} stored sessions: p50 / p99 (ms)`,
        project: pair(result[kind]),
        ratio: baseSessions ? `${times(result[kind].p50 / baseSessions[kind].p50)} smallest` : '',
      });
    }
  }

  out.push({ measure: 'Server RSS (MB) after start, before load', ceiling: mb(ceiling?.rssIdleMb), peer: mb(peer?.rssIdleMb), project: mb(project?.rssIdleMb) });
  out.push({ measure: 'Server RSS (MB) after its load runs', ceiling: mb(ceiling?.rssAfterLoadMb), peer: mb(peer?.rssAfterLoadMb), project: mb(project?.rssAfterLoadMb) });
  const held = figures.heldSessions;
  if (held) {
    out.push({
      measure: `Server RSS (MB) with ${int(held.opened)} sessions held (opened over HTTP in ${held.seconds} s, ${int(held.errors)} errors)`,
      project: `${mb(held.rssBeforeMb)} -> ${mb(held.rssAfterMb)}`,
      ratio: held.rssAfterMb != null && held.rssBeforeMb ? `${times(held.rssAfterMb / held.rssBeforeMb)} before` : '',
    });
  }
  for (const outbox of figures.outbox) {
    out.push({
      measure: `Outbox drain, ${int(outbox.queued)} SMS: drainOutbox + ${outbox.gateway === 'sdk' ? 'africastalking SDK' : 'fetch gateway'} -> local gateway (SMS/s; drain process CPU per SMS)`,
      project: `${int(outbox.result.smsPerSecond)}; ${int(outbox.result.cpuMicrosPerSms)} µs`,
      ratio: `${int(outbox.result.sent)} sent, ${int(outbox.result.notSent)} not, ${outbox.result.seconds} s`,
    });
  }
  return out;
}

function table(rowsToShow: Row[]): string {
  const header = '| Measure | Ceiling (bare Hono) | Peer (ussd-menu-builder) | This project | Ratios | Target |';
  const rule = '|---|---:|---:|---:|---|---|';
  const cell = (value: string | undefined) => (value ?? '').replace(/\|/g, '\\|');
  return [header, rule, ...rowsToShow.map((row) => `| ${[row.measure, row.ceiling ?? '', row.peer ?? '', row.project ?? '', row.ratio ?? '', row.target ?? ''].map(cell).join(' | ')} |`)].join('\n');
}

/** How each figure was made, from the plan: what a reader needs to trust or question it. */
function method(plan: BenchPlan): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [
    `Journeys: find a service (main, find by agency, first agency, first service, details), check EC20418375 from +254711000111, apply for a Birth Certificate (ID, name, "kaka", first centre, confirm); a new sessionId per journey, Africa's Talking's accumulated \`text\`, a phone of its own per find and apply journey. This project sometimes offers a status journey another connection's session (one demo phone): the journey answers "2. Start over" and goes on.`,
    `Throughput: autocannon with ${plan.throughput.connections} connections for ${plan.throughput.warmupSeconds + plan.throughput.durationSeconds} s; hops and latencies are counted over the last ${plan.throughput.durationSeconds} s (the first ${plan.throughput.warmupSeconds} s warm the JIT and ramp the connections up: under load a server answers a new connection's first request only after many hops of the connections it already serves). An error, counted throughout, is a non-200, a body not starting with CON/END, a socket error or a timeout (10 s).`,
    `Steady rate: autocannon's overallRate spreads ${plan.steady.hopsPerSecond} hops/s over ${plan.steady.connections} connections, each sending its share back to back at the start of every second: arrivals come in bursts of up to ${plan.steady.connections}, not evenly spaced. ${plan.steady.warmupSeconds} s not counted, then ${plan.steady.durationSeconds} s. A server that cannot keep up falls behind the rate (see "achieved").`,
    `Depth: a new session walked to depth d-1 (dial, 1, 1, then 98 through the agency list), hop d timed alone on one keep-alive connection; up to ${plan.depth.sessionsPerDepth} sessions per depth within ${plan.depth.budgetSeconds} s per server. CPU by depth, in every round: ${n(plan.depthCpu.sessionsPerDepth)} sessions per depth walked to depth d-1 over ${plan.depthCpu.connections} connections, then hop d of all of them sent at once; the server's CPU from /proc over those hops alone.`,
    `Catalogue: ${plan.catalogue.sizes.map(n).join(', ')} services. Fewer than the seed: the services no application names are deleted (${plan.catalogue.category} kept); more: generated services added in one transaction, spread over the live agencies and the 16 categories, one in 25 named "Passport". Timed: the hop that lists ${plan.catalogue.category}'s services, the hop that searches "${plan.catalogue.word}" and the one that searches "${plan.catalogue.broadWord}" (more matches than a search lists, ${MAX_SEARCH_MATCHES}, from 10,000 services on); up to ${plan.catalogue.samples} each within ${plan.catalogue.budgetSeconds} s.`,
    `Stored sessions: ${plan.storedSessions.sizes.map(n).join(' and ')} finished sessions bulk-inserted into ussd_sessions before start; timed: a dial of a new session and the hop after it.`,
    `Held sessions: up to ${n(plan.heldSessions.count)} new sessions dialled over HTTP (${plan.heldSessions.connections} connections, at most ${plan.heldSessions.budgetSeconds} s) on the smallest stored-sessions server; VmRSS of the server's node process before and after.`,
    `Outbox: ${n(plan.outbox.sms)} SMS queued in a copy of the database, sent by drainOutbox in full batches to the local gateway in its own process, through the africastalking SDK gateway (Node) and the fetch gateway (Workers), alternating, two runs each; CPU per SMS is the draining process's own (process.cpuUsage).`,
    'This project runs as `npm start` does (node dist/runtime/node.js, built by esbuild; HOST=127.0.0.1, LOG_LEVEL=warn) with AT_SMS_URL pointing at the local gateway process, so the SMS it queues are sent as they would be to Africa\'s Talking (no delivery reports are posted back). The peers run on copies of the same seeded file with the same SQLite pragmas; the fair peer (bench/servers/fair-peer.ts) adds to the plain peer a zod form check, a stored reply per session for retransmissions, the language and resume look-ups on a dial, the application and its SMS in one transaction and the SMS sent through the africastalking SDK to the same local gateway.',
  ];
  if (plan.quick) lines.push(`--quick scales down: ${n(plan.storedSessions.sizes.at(-1) ?? 0)} stored sessions instead of 1,000,000, ${n(plan.heldSessions.count)} held sessions instead of 100,000, and every run lasts seconds.`);
  return lines;
}

/** The whole report: how it was run, on what, the table, the targets and the notes. */
export function renderReport(info: RunInfo, figures: BenchFigures, plan: BenchPlan): string {
  const targets = judgeTargets(figures, plan);
  const lines = [
    '## e-Citizen USSD benchmark',
    '',
    `- Command: \`${info.command}\``,
    `- Date: ${info.date}`,
    `- Machine: nproc ${info.nproc}, ${info.cpu}, ${info.os}; Node ${info.node}`,
    `- Mode: ${plan.quick ? '--quick (every measurement shortened to check the bench works: indicative figures only)' : 'full'}`,
    '- Each server in its own process on 127.0.0.1, the load generator in another; latencies are per hop, request start to last byte, in ms.',
    '',
    ...renderRounds(figures, plan),
    '',
    `### Every measure (round 1 for the side-by-side rows)`,
    '',
    table(rows(figures, plan, targets)),
    '',
    '### Targets',
    '',
    ...targets.map((target) => `- ${target.name}: **${target.status}**${target.detail ? ` (${target.detail})` : ''}`),
  ];
  lines.push('', '### Method', '', ...method(plan).map((line) => `- ${line}`));
  if (figures.notes.length > 0) lines.push('', '### Notes', '', ...figures.notes.map((note) => `- ${note}`));
  if (figures.failures.length > 0) lines.push('', '### Failed measurements', '', ...figures.failures.map((failure) => `- ${failure}`));
  return lines.join('\n');
}
