import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openPeerDatabase } from './peer/open-peer-database.js';
import { answerHop } from './peer/peer-menu.js';
import { createPeerQueries } from './peer/peer-queries.js';
import { createPeerSessionStore } from './peer/peer-session-store.js';
import { listenPort } from './listen-port.js';

/**
 * The peer: the same journeys built with ussd-menu-builder on the same Hono + @hono/node-server
 * stack, over its own copy of the project's seeded SQLite file (DATABASE_PATH), with the same
 * pragmas the project sets. Serves POST /ussd and GET /healthz on 127.0.0.1:PORT.
 */
const sqlite = openPeerDatabase();
const deps = { queries: createPeerQueries(sqlite), sessions: createPeerSessionStore(sqlite) };

const app = new Hono();
app.post('/ussd', async (c) => {
  const form = new URLSearchParams(await c.req.text());
  const args = {
    sessionId: form.get('sessionId') ?? '',
    serviceCode: form.get('serviceCode') ?? '',
    phoneNumber: form.get('phoneNumber') ?? '',
    text: form.get('text') ?? '',
  };
  if (!args.sessionId || !args.phoneNumber) return c.text('Bad request: sessionId and phoneNumber are required', 400);
  return c.text(await answerHop(deps, args));
});
app.get('/healthz', (c) => c.json({ status: 'ok' }));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: listenPort() });
process.on('SIGTERM', () => {
  sqlite.close();
  process.exit(0);
});
