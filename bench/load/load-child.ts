import { measureDrain } from './drain-rate.js';
import { measureCatalogue, measureDepth, measureDepthCpu, measureSessionHops } from './growth-timings.js';
import { openSessions, runJourneys } from './journey-load.js';
import { RESULT_PREFIX, type LoadJob } from './load-jobs.js';

/**
 * The load generator's process: never a server's. Runs the one job given as JSON in argv[2]
 * and prints its result as one `@@result <json>` line; the harness bounds its time.
 */
function run(job: LoadJob): Promise<unknown> {
  switch (job.kind) {
    case 'journeys':
      return runJourneys(job);
    case 'open-sessions':
      return openSessions(job);
    case 'depth':
      return measureDepth(job);
    case 'depth-cpu':
      return measureDepthCpu(job);
    case 'catalogue':
      return measureCatalogue(job);
    case 'session-hops':
      return measureSessionHops(job);
    case 'drain':
      return measureDrain(job);
  }
}

const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob;
run(job).then(
  (result) => {
    process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`, () => process.exit(0));
  },
  (error: unknown) => {
    console.error(`load job ${job.kind} failed:`, error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
