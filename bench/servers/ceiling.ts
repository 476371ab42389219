import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { listenPort } from './listen-port.js';

/**
 * The ceiling: what Hono on @hono/node-server answers on this machine when a hop costs nothing
 * but reading the form. No database, no menus, one constant screen.
 */
const SCREEN = 'CON Welcome to e-Citizen\n1. Find a service';

const app = new Hono();
app.post('/ussd', async (c) => {
  const form = new URLSearchParams(await c.req.text());
  if (!form.get('sessionId') || !form.get('phoneNumber')) return c.text('Bad request: sessionId and phoneNumber are required', 400);
  return c.text(SCREEN);
});
app.get('/healthz', (c) => c.json({ status: 'ok' }));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: listenPort() });
