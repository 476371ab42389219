import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { LOCAL_GATEWAY_PATH } from '../../src/http/create-app.js';
import { createLocalAtGateway } from '../../src/local-gateway/local-at-gateway.js';
import { createConsoleLogger } from '../../src/logging/logger.js';
import { listenPort } from './listen-port.js';

/**
 * The project's local Africa's Talking gateway in a process of its own, standing in for
 * Africa's Talking: the project server sends to it (AT_SMS_URL) as it would to the real API,
 * and the outbox drain is timed against it. No delivery reports are posted back.
 */
const gateway = createLocalAtGateway({ logger: createConsoleLogger('warn') });
const app = new Hono();
app.route(LOCAL_GATEWAY_PATH, gateway.app);
app.get('/healthz', (c) => c.json({ status: 'ok' }));

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: listenPort() });
