import autocannon from 'autocannon';
import { createIdentities, DEMO_PHONE, hopForm, isUssdReply, JOURNEYS, JourneyWalk } from './journeys.js';
import { latencyStats } from './latency-stats.js';
import { printMark, type JourneysJob, type JourneysResult, type OpenSessionsJob, type OpenSessionsResult } from './load-jobs.js';

/**
 * autocannon resets a connection's context once it has gone through every entry of `requests`.
 * Each entry is "the next hop of this connection's journey", so a long list keeps a journey's
 * context for its whole walk; the rare reset only starts a fresh journey early.
 */
const SLOTS = 1_000;
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };

/**
 * Many connections, each walking journeys one after another (find, status, apply in turn over
 * all connections) with Africa's Talking's accumulated `text`. One autocannon run: its first
 * `warmupSeconds` are not counted. They cover the JIT warming up and the ramp: under load a
 * server answers a connection's first request only after many hops of connections already
 * served, so the first hop of each of 50 new connections waits for seconds on a slow server.
 */
export async function runJourneys(job: JourneysJob): Promise<JourneysResult> {
  const ids = createIdentities(job.target.phoneBase);
  const tally = { non200: 0, notConOrEnd: 0, asScripted: 0, offScript: 0, firstOffScript: null as string | null };
  let started = 0;
  const nextJourney = () => {
    const journey = JOURNEYS[started++ % JOURNEYS.length]!;
    return new JourneyWalk(journey, ids.sessionId(), journey.demoPhone ? DEMO_PHONE : ids.phone());
  };

  const slot: autocannon.RequestSlot = {
    setupRequest(request, context) {
      const walk = (context.walk as JourneyWalk | undefined) ?? nextJourney();
      context.walk = walk;
      return { ...request, body: hopForm(walk.sessionId, walk.phone, walk.text()) };
    },
    onResponse(status, body, context) {
      const walk = context.walk as JourneyWalk | undefined;
      context.walk = undefined;
      if (status !== 200) tally.non200 += 1;
      else if (!isUssdReply(body)) tally.notConOrEnd += 1;
      if (!walk || status !== 200 || !isUssdReply(body)) return;
      const outcome = walk.answer(body);
      if (outcome === 'next') context.walk = walk;
      else if (outcome === 'arrived') tally.asScripted += 1;
      else {
        tally.offScript += 1;
        tally.firstOffScript ??= `${walk.journey.name} text=${JSON.stringify(walk.text())}: ${JSON.stringify(body.slice(0, 120))}`;
      }
    },
  };

  const latencies: number[] = [];
  const counting = { from: Number.POSITIVE_INFINITY, until: 0 };
  const instance = autocannon({
    url: `${job.target.baseUrl}/ussd`,
    method: 'POST',
    headers: FORM_HEADERS,
    connections: job.connections,
    duration: job.warmupSeconds + job.durationSeconds,
    ...(job.overallRate ? { overallRate: job.overallRate } : {}),
    requests: Array.from({ length: SLOTS }, () => slot),
  });
  const startedAt = performance.now();
  counting.from = startedAt + job.warmupSeconds * 1000;
  const markAt = setTimeout(() => printMark('counting'), job.warmupSeconds * 1000);
  // autocannon's own histogram keeps whole milliseconds; hops take about one, so keep our own.
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
    const now = performance.now();
    if (now < counting.from) return;
    latencies.push(responseTimeMs);
    counting.until = now;
  });
  const result = await instance;
  clearTimeout(markAt);
  printMark('done');
  const seconds = Math.max(0.001, (counting.until - counting.from) / 1000);
  return {
    hops: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    hopsPerSecond: Math.round(latencies.length / seconds),
    latency: latencyStats(latencies),
    errors: { non200: tally.non200, notConOrEnd: tally.notConOrEnd, socket: result.errors, timeouts: result.timeouts },
    journeys: { asScripted: tally.asScripted, offScript: tally.offScript, firstOffScript: tally.firstOffScript },
  };
}

/** Dials `sessions` new sessions (fewer if the budget runs out), one hop each, and leaves them open on the main menu. */
export async function openSessions(job: OpenSessionsJob): Promise<OpenSessionsResult> {
  const ids = createIdentities(job.target.phoneBase);
  let opened = 0;
  let errors = 0;
  const instance = autocannon({
    url: `${job.target.baseUrl}/ussd`,
    method: 'POST',
    headers: FORM_HEADERS,
    connections: job.connections,
    amount: job.sessions,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: hopForm(ids.sessionId(), ids.phone(), '') }),
        onResponse: (status, body) => {
          if (status === 200 && body.startsWith('CON ')) opened += 1;
          else errors += 1;
        },
      },
    ],
  });
  const budget = setTimeout(() => instance.stop(), job.budgetSeconds * 1000);
  const result = await instance;
  clearTimeout(budget);
  return { opened, seconds: result.duration, errors: errors + result.errors + result.timeouts };
}
