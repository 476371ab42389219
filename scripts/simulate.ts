// `npm run simulate -- [--phone +2547...] [--network 63902] [--lang en|sw] [--url http://127.0.0.1:3000]`:
// a phone in the terminal. Without --url it runs the service in this process on a temporary
// database loaded with the demo data, with the built-in SMS gateway; with --url it dials a
// running server (sending CALLBACK_SECRET from the environment, as Africa's Talking would).
import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { setCitizenLanguage } from '../src/citizens/citizen-language.js';
import { seedDemoData } from '../src/db/seed-demo-data.js';
import { readScreenLimits, screenLimitFor, type ScreenLimits } from '../src/domain/screen-limits.js';
import { screenLength } from '../src/engine/layout-page.js';
import { createApp, LOCAL_GATEWAY_PATH } from '../src/http/create-app.js';
import { createLocalAtGateway } from '../src/local-gateway/local-at-gateway.js';
import { createConsoleLogger } from '../src/logging/logger.js';
import { bundledMenuFiles } from '../src/menu/bundled-menus.js';
import { loadMenus } from '../src/menu/load-menus.js';
import type { Language } from '../src/menu/menu-schema.js';
import { normalizePhone } from '../src/phone/phone-number.js';
import { createSdkSmsGateway } from '../src/runtime/africastalking-sms-gateway.js';
import { openDatabase } from '../src/runtime/node.js';
import { drainOutbox } from '../src/sms/drain-outbox.js';

const USAGE = `usage: npm run simulate -- [--phone +254711000111] [--network 63902] [--lang en|sw] [--url http://127.0.0.1:3000]
  --phone    the phone that dials (default the English demo phone; +254722000222 is the Kiswahili one)
  --network  Africa's Talking's network code: 63902 Safaricom, 63903 Airtel, 63907 Telkom; each screen's
             length is counted out of that network's budget (USSD_SCREEN_LIMITS, as the server reads it)
  --lang     the phone's remembered language, set before dialling (in-process only)
  --url      dial a running server instead of one in this process`;

const SERVICE_CODE = '*2222#';
/** Screen lines wrap here, about as wide as a feature phone's screen in a terminal. */
const WIDTH = 40;
/** With --url the server sends SMS on its own, right after answering: give it a moment. */
const REMOTE_SMS_WAIT_MS = 400;

interface Sms {
  messageId: string;
  from: string;
  message: string;
  receivedAt: string;
  delivery: string;
}

/** Where the phone's hops go, and how the SMS they queue reach its inbox. */
interface Line {
  baseUrl: string;
  ussdUrl: string;
  /** Resolves once the SMS a hop queued can be in the inbox. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isLanguage(value: string): value is Language {
  return value === 'en' || value === 'sw';
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        phone: { type: 'string', default: '+254711000111' },
        network: { type: 'string', default: '63902' },
        lang: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const phone = normalizePhone(parsed.phone);
  if (phone === null) fail(`--phone ${parsed.phone} is not a Kenyan mobile number (+2547XXXXXXXX or +2541XXXXXXXX)`);
  const lang = parsed.lang === undefined ? undefined : isLanguage(parsed.lang) ? parsed.lang : fail(`--lang must be en or sw, not ${parsed.lang}`);
  const setting = readScreenLimits(process.env.USSD_SCREEN_LIMITS);
  if ('problem' in setting) fail(setting.problem);
  return { phone, network: parsed.network, lang, url: parsed.url?.replace(/\/$/, ''), screenLimits: setting.limits };
}

/** The service in this process, as `npm start` runs it without an account, on a throwaway database. */
async function inProcessLine(phone: string, lang: Language | undefined, screenLimits: ScreenLimits): Promise<Line> {
  const dir = mkdtempSync(join(tmpdir(), 'ecitizen-simulate-'));
  const { db, close } = openDatabase(join(dir, 'simulate.sqlite'));
  await seedDemoData(db, Date.now());
  if (lang) await setCitizenLanguage(db, phone, lang, Date.now());
  // Only errors: the service's info lines would bury the screens.
  const logger = createConsoleLogger('error');
  const localGateway = createLocalAtGateway({ logger });
  const app = createApp({ db, menu: loadMenus(bundledMenuFiles), logger, now: Date.now, localGateway, screenLimits });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ server: started, port: info.port }));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  localGateway.setDeliveryReportUrl(`${baseUrl}/sms/delivery`);
  const gateway = createSdkSmsGateway({ username: 'sandbox', apiKey: 'simulator', smsUrl: `${baseUrl}${LOCAL_GATEWAY_PATH}`, timeoutMs: 5_000 });
  return {
    baseUrl,
    ussdUrl: `${baseUrl}/ussd`,
    settle: async () => {
      await drainOutbox({ db, gateway, now: Date.now, logger });
    },
    close: async () => {
      await localGateway.flushDeliveryReports();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function remoteLine(url: string): Line {
  const secret = process.env.CALLBACK_SECRET;
  return {
    baseUrl: url,
    ussdUrl: `${url}/ussd${secret ? `?secret=${encodeURIComponent(secret)}` : ''}`,
    settle: () => new Promise((resolve) => setTimeout(resolve, REMOTE_SMS_WAIT_MS)),
    close: async () => {},
  };
}

/** Wraps a line at word boundaries, breaking a word only when it is wider than the screen. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    let rest = word;
    while (rest.length > width) {
      if (current) out.push(current);
      out.push(rest.slice(0, width));
      rest = rest.slice(width);
      current = '';
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      out.push(current);
      current = rest;
    }
  }
  out.push(current);
  return out;
}

/** The reply in a box: CON or END on top, its GSM-7 length against the network's screen budget below. */
function screenBox(kind: string, screen: string, limit: number): string {
  const inner = WIDTH + 2;
  const length = screenLength(screen.split('\n'));
  const counter = `${length}/${limit}${length > limit ? ' TOO LONG' : ''}`;
  const top = `┌─ ${kind} ${'─'.repeat(Math.max(inner - kind.length - 3, 0))}┐`;
  const bottom = `└${'─'.repeat(Math.max(inner - counter.length - 3, 0))} ${counter} ─┘`;
  const body = screen.split('\n').flatMap((line) => wrap(line, WIDTH)).map((line) => `│ ${line.padEnd(WIDTH)} │`);
  return [top, ...body, bottom].join('\n');
}

function smsBlock(sms: Sms): string {
  const time = new Date(sms.receivedAt).toLocaleTimeString('en-GB', { timeZone: 'Africa/Nairobi' });
  return [`  SMS from ${sms.from} at ${time} (delivery: ${sms.delivery})`, ...wrap(sms.message, WIDTH + 4).map((line) => `    ${line}`)].join('\n');
}

async function main() {
  const options = readOptions();
  if (options.url && options.lang) console.log(`--lang only works in-process (without --url): choose the language in menu 6 instead.`);
  const line = options.url ? remoteLine(options.url) : await inProcessLine(options.phone, options.lang, options.screenLimits);

  // Assigned inside the functions below; the cast keeps TypeScript from narrowing it to null here.
  let session = null as { id: string; inputs: string[]; ended: boolean } | null;
  const seen = new Set<string>();

  /** The phone's inbox, or null when the server has no built-in gateway to read. */
  async function inbox(): Promise<Sms[] | null> {
    const response = await fetch(`${line.baseUrl}${LOCAL_GATEWAY_PATH}/inbox`, { method: 'POST', body: new URLSearchParams({ phoneNumber: options.phone }) });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`the inbox answered ${response.status}`);
    return ((await response.json()) as { messages: Sms[] }).messages;
  }

  async function showNewSms() {
    const messages = (await inbox()) ?? [];
    for (const sms of messages.filter((message) => !seen.has(message.messageId))) {
      seen.add(sms.messageId);
      console.log(smsBlock(sms));
    }
  }

  async function hop() {
    if (!session) return;
    const response = await fetch(line.ussdUrl, {
      method: 'POST',
      body: new URLSearchParams({ sessionId: session.id, serviceCode: SERVICE_CODE, phoneNumber: options.phone, networkCode: options.network, text: session.inputs.join('*') }),
    });
    const body = await response.text();
    if (!response.ok) {
      session.ended = true;
      console.log(`The service answered ${response.status}: ${body}`);
      if (response.status === 403) console.log('Set CALLBACK_SECRET to the server\'s callback secret.');
      return;
    }
    const kind = body.slice(0, 3) === 'END' ? 'END' : 'CON';
    if (kind === 'END') session.ended = true;
    console.log(screenBox(kind, body.replace(/^(CON|END) ?/, ''), screenLimitFor(options.screenLimits, options.network)));
    if (kind === 'END') console.log('(session ended: press Enter or type dial to dial again)');
    await line.settle();
    await showNewSms();
  }

  async function dial() {
    session = { id: `cli-${crypto.randomUUID()}`, inputs: [], ended: false };
    console.log(`Dialling ${SERVICE_CODE} from ${options.phone} (network ${options.network})`);
    await hop();
  }

  // What the phone already had is not new.
  for (const sms of (await inbox().catch(() => null)) ?? []) seen.add(sms.messageId);
  console.log(`e-Citizen USSD simulator on ${options.url ?? 'a service in this process (demo data, temporary database)'}`);
  console.log('Type an answer and press Enter. Enter on its own or "dial": a new session; "sms": the inbox; "quit": leave.');

  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true, prompt: '> ' });
  rl.on('SIGINT', () => rl.close());
  // Taken before the first await: lines that arrive while a hop is in flight wait here instead of being lost.
  const lines = rl[Symbol.asyncIterator]();
  try {
    await dial();
    rl.prompt();
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const input = next.value.trim();
      // Piped input is not echoed: show it, so the transcript reads like a session.
      if (!process.stdin.isTTY) console.log(input);
      if (input === 'quit' || input === 'exit') break;
      if (input === '' || input === 'dial') await dial();
      else if (input === 'sms') {
        const messages = await inbox();
        if (messages === null) console.log('SMS inbox: only with the built-in gateway');
        else if (messages.length === 0) console.log(`No SMS for ${options.phone} yet.`);
        else for (const sms of messages) console.log(smsBlock(sms));
        for (const sms of messages ?? []) seen.add(sms.messageId);
      } else if (!session || session.ended) console.log('No session: press Enter or type dial to dial again.');
      else {
        session.inputs.push(input);
        await hop();
      }
      rl.prompt();
    }
  } finally {
    rl.close();
    await line.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
