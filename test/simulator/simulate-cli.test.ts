import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Each run starts tsx and loads the demo data into a temporary database: a few seconds.
const TIMEOUT_MS = 20_000;

/** `npm run simulate` with its keyboard piped: each line is what a citizen types. */
function simulate(args: string[], lines: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: TIMEOUT_MS - 2_000,
    env: { ...process.env, CALLBACK_SECRET: '' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run simulate', () => {
  it('dials, checks a status and shows each screen boxed with CON and its length out of the network\'s budget', { timeout: TIMEOUT_MS }, () => {
    const { status, output } = simulate([], ['dial', '2', 'EC20418375', 'quit']);
    expect(status).toBe(0);
    expect(output).toContain('Welcome to e-Citizen');
    expect(output).toContain('1. Find a service');
    expect(output).toContain('─ CON ─');
    expect(output).toMatch(/ \d{2,3}\/160 /);
    expect(output).not.toMatch(/\/182 /);
    expect(output).toContain('Status: Under review');
  });

  it('counts out of 182 on Airtel, where the main menu fits on one screen', { timeout: TIMEOUT_MS }, () => {
    const { status, output } = simulate(['--network', '63903'], ['quit']);
    expect(status).toBe(0);
    expect(output).toContain('7. Help');
    expect(output).toMatch(/ \d{2,3}\/182 /);
  });

  it('remembers --lang for the phone before dialling, and refuses a language it does not know', { timeout: TIMEOUT_MS }, () => {
    const { status, output } = simulate(['--phone', '0711000111', '--lang', 'sw'], ['quit']);
    expect(status).toBe(0);
    expect(output).toContain('Karibu e-Citizen');

    const refused = simulate(['--lang', 'fr'], []);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('--lang must be en or sw');
  });
});
