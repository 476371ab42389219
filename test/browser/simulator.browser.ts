// The simulator in a real browser: starts the service as `npm start` does, drives Debian's
// Chromium through playwright-core through two citizen journeys, checks the SMS inbox and
// takes a screenshot (docs/simulator.png with --update-screenshot, for the README; a temp file otherwise). Run by .ci/run (and `npm run test:browser`), not by vitest.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3957);
const BASE = `http://127.0.0.1:${PORT}`;
/** The README's picture is rewritten only on request, so a test run leaves the work tree as it was. */
const SCREENSHOT = process.argv.includes('--update-screenshot') ? join(ROOT, 'docs', 'simulator.png') : join(tmpdir(), 'ecitizen-simulator.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT_MS = 10_000;

/** Set on the server, so the journeys prove the simulator works without ever being handed it. */
const CALLBACK_SECRET = `browser-test-secret-${Math.random().toString(36).slice(2)}`;

const ENGLISH_PHONE = '+254711000111';
const KISWAHILI_PHONE = '+254722000222';

let passed = 0;
let failed = 0;
function record(ok: boolean, name: string, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** Runs one check; a failure is recorded and stops the journey it belongs to. */
async function check(name: string, run: () => Promise<string | void>) {
  try {
    const detail = await run();
    record(true, name, detail ?? '');
  } catch (error) {
    record(false, name, error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new JourneyStopped();
  }
}
class JourneyStopped extends Error {}
function journeyEnd(error: unknown): undefined {
  if (error instanceof JourneyStopped) return undefined;
  throw error;
}

function startServer(databasePath: string): { child: ChildProcess; log: () => string } {
  let output = '';
  // Its own process group, so that npx, tsx and node all stop together.
  const child = spawn('npx', ['tsx', 'src/runtime/node.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_PATH: databasePath, NODE_ENV: 'development', SIMULATOR: 'on', AT_API_KEY: '', AT_SMS_URL: '', CALLBACK_SECRET },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, log: () => output };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const killed = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killed);
}

async function waitForHealth(child: ChildProcess) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${BASE}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the server did not answer /healthz within 90 s');
}

/** The phone's screen once it shows `expected` (a string it contains, or a pattern). */
async function screenShows(page: Page, expected: string | RegExp): Promise<string> {
  await page.locator('#screen-text', { hasText: expected }).waitFor({ timeout: STEP_TIMEOUT_MS });
  return (await page.locator('#screen-text').textContent()) ?? '';
}

/** Types an answer the way a citizen might: digits on the keypad, anything else on the keyboard. */
async function answer(page: Page, input: string) {
  if (/^[0-9*#]+$/.test(input) && input.length <= 2) {
    for (const key of input) await page.getByRole('button', { name: `Key ${key}` }).click();
    await page.getByRole('button', { name: 'Send' }).click();
  } else {
    await page.getByLabel('Reply', { exact: true }).fill(input);
    await page.getByLabel('Reply', { exact: true }).press('Enter');
  }
}

/** The counter under the screen agrees with the screen's GSM-7 length (every demo screen is plain GSM-7), out of the network's budget. */
async function counterMatches(page: Page, limit: number) {
  const screen = (await page.locator('#screen-text').textContent()) ?? '';
  const counter = (await page.locator('#screen-length').textContent()) ?? '';
  const extended = [...screen].filter((ch) => '^{}\\[~]|€'.includes(ch)).length;
  const expected = `${[...screen].length + extended} / ${limit} characters`;
  if (counter !== expected) throw new Error(`counter says "${counter}", expected "${expected}"`);
  return counter;
}

async function statusJourney(page: Page) {
  await check('English demo phone: dial shows the main menu', async () => {
    await page.getByLabel('Phone number', { exact: true }).selectOption(ENGLISH_PHONE);
    await page.getByLabel('Network', { exact: true }).selectOption('63902');
    await page.getByRole('button', { name: /^Dial/ }).click();
    await screenShows(page, 'Welcome to e-Citizen');
    const tag = await page.locator('#reply-kind').textContent();
    if (tag !== 'CON') throw new Error(`the tag says ${tag}`);
    return 'CON Welcome to e-Citizen';
  });
  await check('the character counter counts the screen as the server does, out of Safaricom\'s 160', () => counterMatches(page, 160));
  await check('the state panel shows the session\'s screen budget', async () => {
    await page.locator('#state-budget', { hasText: '160 characters' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    return (await page.locator('#state-budget').textContent()) ?? '';
  });
  await check('2 asks for the application reference', async () => {
    await answer(page, '2');
    await screenShows(page, 'EC20418375');
  });
  await check('EC20418375 shows "Under review"', async () => {
    await answer(page, 'EC20418375');
    const screen = await screenShows(page, 'Under review');
    return screen.split('\n').slice(0, 2).join(' | ');
  });
  await check('the state panel shows the session on status.result in English', async () => {
    await page.locator('#state-node', { hasText: 'status.result' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const language = await page.locator('#state-language').textContent();
    if (!language?.includes('en')) throw new Error(`language shows ${language}`);
    return `node status.result, ${language}`;
  });
}

async function applyJourney(page: Page): Promise<string> {
  let reference = '';
  await check('Kiswahili demo phone: dial shows the main menu in Kiswahili', async () => {
    await page.getByLabel('Phone number', { exact: true }).selectOption(KISWAHILI_PHONE);
    await page.getByRole('button', { name: /^Dial/ }).click();
    await screenShows(page, 'Karibu e-Citizen');
  });
  const steps: [string, string | RegExp][] = [
    ['4', 'Omba kwa simu'],
    ['1', 'kitambulisho'],
    ['12345678', 'jina lako'],
    ['Amina Wanjiku', 'kaunti'],
    ['kaka', 'Utalichukua wapi'],
    ['1', 'Mahali pa kuchukua: Eldoret'],
    // On Safaricom's 160 characters the summary of a full name goes on past the first screen.
    ['98', 'Thibitisha'],
  ];
  for (const [input, expected] of steps) {
    await check(`typing ${input} leads to "${expected}"`, async () => {
      await answer(page, input);
      await screenShows(page, expected);
    });
  }
  await check('confirming ends the session with an EC reference', async () => {
    await answer(page, '1');
    const screen = await screenShows(page, /EC\d{8}/);
    reference = /EC\d{8}/.exec(screen)![0];
    const tag = await page.locator('#reply-kind').textContent();
    if (tag !== 'END') throw new Error(`the tag says ${tag}`);
    return `END, reference ${reference}`;
  });
  await check('after END the phone says the session ended and offers Dial again', async () => {
    await page.locator('#ended-note', { hasText: 'Session ended' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Dial again' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    if (await page.getByLabel('Reply', { exact: true }).isEnabled()) throw new Error('the reply field is still enabled');
  });
  await check('the SMS inbox shows the confirmation SMS in Kiswahili', async () => {
    const sms = page.locator('#inbox li', { hasText: 'tumepokea ombi lako' }).filter({ hasText: reference });
    await sms.first().waitFor({ timeout: 15_000 });
    return ((await sms.first().locator('.body').textContent()) ?? '').slice(0, 80);
  });
  await check('the built-in gateway reports the SMS delivered', async () => {
    await page.locator('#inbox li .meta', { hasText: 'delivery: Success' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  });
  return reference;
}

/**
 * The Kiswahili demo phone pays EC31500421 with M-Pesa through the local Daraja stand-in: the
 * USSD session ends, the phone shows M-Pesa's prompt, the PIN pays, the receipt SMS arrives and
 * the status screen says paid.
 */
async function payJourney(page: Page) {
  await check('Kiswahili demo phone: the status of EC31500421 offers to pay with M-Pesa', async () => {
    await page.getByLabel('Phone number', { exact: true }).selectOption(KISWAHILI_PHONE);
    await page.getByRole('button', { name: /^Dial/ }).click();
    await screenShows(page, 'Karibu e-Citizen');
    await answer(page, '2');
    await answer(page, 'EC31500421');
    let screen = await screenShows(page, 'EC31500421');
    for (let more = 0; !/\d+\. Lipa KES 55 kwa M-Pesa/.test(screen) && screen.includes('\n98 ') && more < 5; more += 1) {
      await answer(page, '98');
      await page.waitForTimeout(300);
      screen = (await page.locator('#screen-text').textContent()) ?? '';
    }
    const option = /(\d+)\. Lipa KES 55 kwa M-Pesa/.exec(screen)?.[1];
    if (!option) throw new Error(`no M-Pesa option on:\n${screen}`);
    await answer(page, option);
    await screenShows(page, 'M-Pesa itakuomba PIN');
    return `option ${option}: the session ends before the push`;
  });
  await check('the phone shows the M-Pesa prompt after the session ended, and a PIN pays', async () => {
    const prompt = page.getByRole('dialog', { name: 'M-PESA' });
    await prompt.waitFor({ state: 'visible', timeout: 15_000 });
    const text = (await page.locator('#mpesa-text').textContent()) ?? '';
    if (!text.includes('Ksh 55') || !text.includes('EC31500421')) throw new Error(`the prompt says "${text}"`);
    await page.getByLabel('Enter M-PESA PIN').fill('1234');
    await page.getByRole('button', { name: 'OK' }).click();
    await prompt.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
    return text;
  });
  await check('the receipt SMS arrives in Kiswahili with the M-Pesa receipt number', async () => {
    const sms = page.locator('#inbox li', { hasText: 'tumepokea malipo ya KES 55 ya ombi EC31500421' });
    await sms.first().waitFor({ timeout: 20_000 });
    return ((await sms.first().locator('.body').textContent()) ?? '').slice(0, 100);
  });
  await check('dialling again, the status of EC31500421 says it is paid', async () => {
    await page.getByRole('button', { name: /^Dial/ }).click();
    await screenShows(page, 'Karibu e-Citizen');
    await answer(page, '2');
    await answer(page, 'EC31500421');
    let screen = await screenShows(page, 'EC31500421');
    for (let more = 0; !screen.includes('Limelipiwa KES 55') && screen.includes('\n98 ') && more < 5; more += 1) {
      await answer(page, '98');
      await page.waitForTimeout(300);
      screen = (await page.locator('#screen-text').textContent()) ?? '';
    }
    if (!screen.includes('Limelipiwa KES 55 kwa M-Pesa')) throw new Error(`the status says:\n${screen}`);
    return 'Limelipiwa KES 55 kwa M-Pesa.';
  });
}

/** Something already answering on the port would be tested in place of this server. */
async function portIsFree(): Promise<boolean> {
  try {
    await fetch(`${BASE}/healthz`, { signal: AbortSignal.timeout(1_000) });
    return false;
  } catch {
    return true;
  }
}

async function main() {
  if (!(await portIsFree())) {
    record(false, `port ${PORT} is free`, 'something already answers there: stop it or set BROWSER_TEST_PORT');
    console.log(`browser: ${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'ecitizen-browser-'));
  const server = startServer(join(work, 'browser.sqlite'));
  let browser: Browser | undefined;
  const stopAll = async () => {
    await browser?.close().catch(() => undefined);
    await stopServer(server.child);
    rmSync(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    await check('the server starts as npm start does and answers /healthz', () => waitForHealth(server.child).then(() => BASE));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1180, height: 980 } });
    const outside: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(BASE) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await check('/simulator opens with a labelled phone', async () => {
      const response = await page.goto(`${BASE}/simulator`);
      if (response?.status() !== 200) throw new Error(`answered ${response?.status()}`);
      if ((await response.text()).includes(CALLBACK_SECRET)) throw new Error('the page carries the callback secret');
      await page.getByRole('button', { name: /^Dial/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
      return `${await page.title()}, without the callback secret`;
    });
    // The journeys are independent: a failure in one still lets the other run.
    await statusJourney(page).catch(journeyEnd);
    const reference = await applyJourney(page).catch(journeyEnd);
    await payJourney(page).catch(journeyEnd);
    await check('the page asked nothing of any other server and threw no errors', async () => {
      if (outside.length > 0) throw new Error(`requests elsewhere: ${outside.join(', ')}`);
      if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    });
    await check(`screenshot written to ${SCREENSHOT}`, async () => {
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      return reference ?? '';
    });
  } catch (error) {
    if (!(error instanceof JourneyStopped)) record(false, 'unexpected error', error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (server.child.exitCode !== null || failed > 0) console.log(`--- server log ---\n${server.log().slice(-4000)}`);
  } finally {
    await stopAll();
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();
