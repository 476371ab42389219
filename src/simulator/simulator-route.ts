import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { readForm } from '../http/read-form.js';
import { RequestError } from '../http/request-error.js';
import { createSessionStore, type StoredSession } from '../ussd/session-store.js';
import { simulatorPage } from './simulator-page.js';

export interface SimulatorDeps {
  db: Database;
  callbackSecret?: string | undefined;
  /** The code the simulated phone dials (default `*2222#`). */
  serviceCode?: string | undefined;
}

const StateForm = z.object({
  sessionId: z.string({ error: 'sessionId is required' }).trim().min(1, 'sessionId is required').max(128, 'sessionId is longer than 128 characters'),
});

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
 * `/simulator`: a phone on a web page that talks to `/ussd` exactly as Africa's Talking does,
 * and `POST /simulator/state`, the stored state of one of its sessions. Mounted only outside
 * production (`AppDeps.simulator`): the state shows what a citizen typed, and the page carries
 * the callback secret.
 */
export function simulatorRoute(deps: SimulatorDeps) {
  const sessions = createSessionStore(deps.db);
  const route = new Hono();

  route.get('/', (c) => {
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    // With CALLBACK_SECRET set, /ussd refuses a hop without it, so the page must carry it. That
    // is safe only because this route is never mounted when NODE_ENV is production.
    return c.html(simulatorPage({ serviceCode: deps.serviceCode ?? '*2222#', callbackSecret: deps.callbackSecret }));
  });

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
    historyDepth: state ? state.history.length : null,
    history: state ? state.history.map((frame) => frame.node) : [],
    variables: state?.vars ?? {},
    ended: state?.ended ?? null,
    path: stored.path,
  };
}
