import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { ScreenLimits } from '../domain/screen-limits.js';
import { readForm } from '../http/read-form.js';
import { RequestError } from '../http/request-error.js';
import { createSessionStore, type StoredSession } from '../ussd/session-store.js';
import { simulatorPage } from './simulator-page.js';

export interface SimulatorDeps {
  db: Database;
  /** The USSD hop handler (`ussdRoute`), reached here without the callback secret, for simulator sessions only. */
  ussd: Hono;
  /** The code the simulated phone dials (default `*2222#`). */
  serviceCode?: string | undefined;
  /** Where SMS go when there is no built-in gateway (and so no inbox); the runtime says (see simulator-page.ts). */
  simulatorNoInboxNote?: string | undefined;
  /** The screen budgets the hops are laid out to, so the page counts out of the picked network's. */
  screenLimits: ScreenLimits;
  /** The local Daraja stand-in, when M-Pesa pushes go to it: the phone then shows their prompts. */
  localDaraja?: unknown;
}

/**
 * Every session the simulator starts has an id with this prefix, and only such sessions are
 * answered here: a citizen's session (Africa's Talking's ids are `ATUid_...`) is never read
 * or driven through the simulator.
 */
export const SIMULATOR_SESSION_PREFIX = 'sim-';

const simulatorSessionId = z
  .string({ error: 'sessionId is required' })
  .trim()
  .min(1, 'sessionId is required')
  .max(128, 'sessionId is longer than 128 characters')
  .refine((id) => id.startsWith(SIMULATOR_SESSION_PREFIX), `sessionId must start with ${SIMULATOR_SESSION_PREFIX}: the simulator answers only its own sessions`);

/** What /simulator/state and the check in front of /simulator/ussd read (the form's other fields are the hop's). */
const StateForm = z.object({ sessionId: simulatorSessionId });

/**
 * The page may load nothing from elsewhere and send nowhere but here; its own script and
 * styles are inline.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `/simulator`: a phone on a web page; `POST /simulator/ussd`, its hops, answered by the same
 * handler as `/ussd` exactly as Africa's Talking's are (the page never needs, and never
 * carries, the callback secret); and `POST /simulator/state`, the stored state of one of its
 * sessions. Mounted only when asked for (SIMULATOR=on, refused in production), and both
 * endpoints answer only sessions the simulator started.
 */
export function simulatorRoute(deps: SimulatorDeps) {
  const sessions = createSessionStore(deps.db);
  const route = new Hono();

  route.get('/', (c) => {
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(simulatorPage({ serviceCode: deps.serviceCode ?? '*2222#', noInboxNote: deps.simulatorNoInboxNote, screenLimits: deps.screenLimits, mpesaPrompts: deps.localDaraja !== undefined }));
  });

  route.use('/ussd', async (c, next) => {
    await readForm(c, StateForm);
    await next();
  });
  route.route('/ussd', deps.ussd);

  // A POST, so that no session id (and nothing a citizen typed) ends up in a URL or a log line.
  route.post('/state', async (c) => {
    const { sessionId } = await readForm(c, StateForm);
    const stored = await sessions.load(sessionId);
    if (!stored) throw new RequestError('not_found', 'no session with that sessionId');
    c.header('Cache-Control', 'no-store');
    return c.json(sessionView(stored));
  });

  return route;
}

/** What the page's state panel shows. Null fields when the stored state no longer parses. */
function sessionView(stored: StoredSession) {
  const { state } = stored;
  return {
    sessionId: stored.sessionId,
    hops: stored.hops,
    node: state?.node ?? null,
    page: state ? state.pageStarts.length : null,
    language: state?.lang ?? null,
    screenLimit: state?.screenLimit ?? null,
    historyDepth: state ? state.history.length : null,
    history: state ? state.history.map((frame) => frame.node) : [],
    variables: state?.vars ?? {},
    ended: state?.ended ?? null,
    path: stored.path,
  };
}
