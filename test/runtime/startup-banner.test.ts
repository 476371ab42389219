import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/runtime/node.js';
import { startupBanner } from '../../src/runtime/startup-banner.js';
import { spawnNodeServer, waitUntilHealthy, type NodeServerProcess } from '../support/node-server-process.js';

const URL = 'http://127.0.0.1:3000';
const facts = { url: URL, databasePath: 'data/ecitizen.sqlite', sms: 'none' };

describe('the start-up banner', () => {
  it.each([
    {
      when: 'in production (a callback secret, no simulator)',
      facts: { ...facts, simulator: false, callbackSecret: true },
      shows: [`POST ${URL}/ussd?secret=<CALLBACK_SECRET>`, 'https://<your host>/ussd?secret=<CALLBACK_SECRET>; /ussd/events, /sms/delivery, /sms/inbound likewise', `API docs:       ${URL}/api/v1/docs`, `'${URL}/ussd?secret='"$CALLBACK_SECRET"`],
      hides: ['/simulator', 'no CALLBACK_SECRET'],
    },
    {
      when: 'in development with the simulator',
      facts: { ...facts, simulator: true, callbackSecret: false },
      shows: [`Simulator:      ${URL}/simulator`, `API docs:       ${URL}/api/v1/docs`, 'https://<your host>/ussd; ', 'no CALLBACK_SECRET: anyone may call them'],
      hides: ['secret='],
    },
  ])('$when names the URLs to open and to give Africa\'s Talking', ({ facts, shows, hides }) => {
    const banner = startupBanner(facts).join('\n');
    for (const text of shows) expect(banner).toContain(text);
    for (const text of hides) expect(banner).not.toContain(text);
  });

  describe('printed by a production server', () => {
    let dir: string;
    let server: NodeServerProcess | undefined;
    afterEach(async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('shows where the callback secret goes but never the secret itself', async () => {
      dir = mkdtempSync(join(tmpdir(), 'ecitizen-banner-'));
      const path = join(dir, 'ecitizen.sqlite');
      openDatabase(path).close();
      const secret = 'the-callback-secret-0123456789';
      server = spawnNodeServer({ NODE_ENV: 'production', DATABASE_PATH: path, CALLBACK_SECRET: secret, AT_API_KEY: 'atsk_test', AT_USERNAME: 'ecitizen', AT_SMS_URL: 'http://127.0.0.1:9' });
      await waitUntilHealthy(server);
      expect(server.output()).toMatch(/USSD callback: +POST http:\/\/127\.0\.0\.1:\d+\/ussd\?secret=<CALLBACK_SECRET>/);
      expect(server.output()).toMatch(/API docs: +http:\/\/127\.0\.0\.1:\d+\/api\/v1\/docs/);
      expect(server.output()).not.toContain(secret);
    }, 30_000);
  });
});
