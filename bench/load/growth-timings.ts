import { createHopClient, HopSession, type HopClient } from './hop-client.js';
import { createIdentities } from './journeys.js';
import { latencyStats } from './latency-stats.js';
import { printMark, type CatalogueJob, type CatalogueResult, type DepthCpuJob, type DepthCpuResult, type DepthJob, type DepthResult, type SessionHopsJob, type SessionHopsResult, type Target } from './load-jobs.js';

type Identities = ReturnType<typeof createIdentities>;

/**
 * Hops warm the server's code paths (and the JIT) before anything is timed: a server that just
 * started answers its first hundred hops slower than its thousandth.
 */
async function warmUp(client: HopClient, ids: Identities, sessions: number) {
  for (let index = 0; index < sessions; index += 1) {
    const session = new HopSession(client, ids.sessionId(), ids.phone());
    for (const input of [undefined, ...agencyPaging(6)]) await session.hop(input);
  }
}

/** main -> find a service -> agency (A-Z) -> 98, 98, ...: `count` inputs after the dial. */
function agencyPaging(count: number): string[] {
  return ['1', '1', ...Array.from({ length: Math.max(0, count - 2) }, () => '98')].slice(0, count);
}

function withClient<T>(target: Target, run: (client: HopClient, ids: Identities) => Promise<T>): Promise<T> {
  const client = createHopClient(target.baseUrl);
  return run(client, createIdentities(target.phoneBase)).finally(() => client.close());
}

/**
 * Hop latency by session depth: a new session is walked to depth d-1 (the dial, find a service,
 * agency A-Z, then `98` through the agency list), and hop d alone is timed. Depths take turns
 * so a drift of the machine touches all of them alike.
 */
export function measureDepth(job: DepthJob): Promise<DepthResult> {
  return withClient(job.target, async (client, ids) => {
    await warmUp(client, ids, 5);
    const samples = new Map(job.depths.map((depth) => [depth, [] as number[]]));
    const deadline = Date.now() + job.budgetSeconds * 1000;
    for (let round = 0; round < job.sessionsPerDepth && Date.now() < deadline; round += 1) {
      for (const depth of job.depths) {
        const session = new HopSession(client, ids.sessionId(), ids.phone());
        const inputs = [undefined, ...agencyPaging(depth - 1)];
        for (const input of inputs.slice(0, -1)) await session.hop(input);
        const timed = await session.hop(inputs.at(-1));
        if (depth >= 3 && !timed.body.includes('\n98 More')) throw new Error(`depth ${depth} did not land on a page of agencies: ${timed.body}`);
        samples.get(depth)!.push(timed.ms);
      }
    }
    return job.depths.map((depth) => ({ depth, latency: latencyStats(samples.get(depth)!) }));
  });
}

/**
 * The server's CPU per hop by session depth (the harness reads it at the marks): per depth, new
 * sessions walked to depth d-1 over several connections, uncounted, then hop d of every one of
 * them, counted. Enough hops per window that /proc's 10 ms ticks blur the figure by a few
 * percent at most.
 */
export async function measureDepthCpu(job: DepthCpuJob): Promise<DepthCpuResult> {
  const clients = Array.from({ length: job.connections }, () => createHopClient(job.target.baseUrl));
  const ids = createIdentities(job.target.phoneBase);
  /** Each connection takes every `connections`-th item, one after another; the connections run at once. */
  const overConnections = <T, R>(items: T[], run: (client: HopClient, item: T) => Promise<R>) =>
    Promise.all(clients.map(async (client, index) => {
      const done: R[] = [];
      for (let at = index; at < items.length; at += clients.length) done.push(await run(client, items[at]!));
      return done;
    })).then((lists) => lists.flat());
  try {
    await warmUp(clients[0]!, ids, 5);
    const result: DepthCpuResult = [];
    for (const depth of job.depths) {
      const inputs = [undefined, ...agencyPaging(depth - 1)];
      const walked = await overConnections(Array.from({ length: job.sessionsPerDepth }, (_, index) => index), async (client) => {
        const session = new HopSession(client, ids.sessionId(), ids.phone());
        for (const input of inputs.slice(0, -1)) await session.hop(input);
        return session;
      });
      printMark(`depth-${depth}`);
      // Each session is timed on the connection that walked it (a HopSession keeps its client).
      await Promise.all(
        walked.map(async (session) => {
          const timed = await session.hop(inputs.at(-1));
          if (depth >= 3 && !timed.body.includes('\n98 More')) throw new Error(`depth ${depth} did not land on a page of agencies: ${timed.body}`);
        }),
      );
      printMark(`depth-${depth}-done`);
      result.push({ depth, hops: walked.length });
    }
    return result;
  } finally {
    for (const client of clients) client.close();
  }
}

/** The option number of `label` on a list screen, or null. */
function optionOf(screen: string, label: string): string | null {
  for (const line of screen.split('\n')) {
    const match = /^(\d+)\. (.*)$/.exec(line);
    if (match?.[2] === label) return match[1]!;
  }
  return null;
}

/** Timed: a category's services (find a service -> category -> the category) and a word search. */
export function measureCatalogue(job: CatalogueJob): Promise<CatalogueResult> {
  return withClient(job.target, async (client, ids) => {
    await warmUp(client, ids, 10);
    const category: number[] = [];
    const search: number[] = [];
    const broadSearch: number[] = [];
    const broadAnswers = new Set<CatalogueResult['broadAnswer']>();
    /** A new session typing `word` at find a service -> type a word; the timed hop is the last. */
    const searchFor = async (word: string) => {
      const find = new HopSession(client, ids.sessionId(), ids.phone());
      await find.hop();
      await find.hop('1');
      await find.hop('3');
      return find.hop(word);
    };
    const deadline = Date.now() + job.budgetSeconds * 1000;
    while (category.length < job.samples && Date.now() < deadline) {
      const browse = new HopSession(client, ids.sessionId(), ids.phone());
      await browse.hop();
      await browse.hop('1');
      let screen = (await browse.hop('2')).body;
      let option = optionOf(screen, job.category);
      while (!option && screen.includes('\n98 More')) {
        screen = (await browse.hop('98')).body;
        option = optionOf(screen, job.category);
      }
      if (!option) throw new Error(`no category ${job.category} on ${screen}`);
      const listed = await browse.hop(option);
      if (!listed.body.startsWith(`CON ${job.category}:`)) throw new Error(`category ${job.category} answered ${listed.body}`);
      category.push(listed.ms);

      const found = await searchFor(job.word);
      if (!found.body.startsWith(`CON Services matching ${job.word}:\n1. `)) throw new Error(`search ${job.word} answered ${found.body}`);
      search.push(found.ms);

      const answered = await searchFor(job.broadWord);
      if (answered.body.startsWith(`CON Services matching ${job.broadWord}:\n1. `)) broadAnswers.add('list');
      else if (answered.body.startsWith('CON More than ')) broadAnswers.add('too many');
      else throw new Error(`search ${job.broadWord} answered ${answered.body}`);
      broadSearch.push(answered.ms);
    }
    if (broadAnswers.size !== 1) throw new Error(`search ${job.broadWord} answered both ways: ${[...broadAnswers].join(', ')}`);
    return { category: latencyStats(category), search: latencyStats(search), broadSearch: latencyStats(broadSearch), broadAnswer: [...broadAnswers][0]! };
  });
}

/** Timed: the dial of a new session (it looks for a session to continue) and the hop after it. */
export function measureSessionHops(job: SessionHopsJob): Promise<SessionHopsResult> {
  return withClient(job.target, async (client, ids) => {
    await warmUp(client, ids, 10);
    const dial: number[] = [];
    const next: number[] = [];
    const deadline = Date.now() + job.budgetSeconds * 1000;
    while (dial.length < job.samples && Date.now() < deadline) {
      const session = new HopSession(client, ids.sessionId(), ids.phone());
      dial.push((await session.hop()).ms);
      next.push((await session.hop('1')).ms);
    }
    return { dial: latencyStats(dial), next: latencyStats(next) };
  });
}
