import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { createTestApp } from '../support/test-app.js';
import { phone } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

/** The SQLite plan of every statement on `table` that `walk` prepares, the steps that name it. */
async function tablePlans(table: 'services' | 'agencies', walk: () => Promise<unknown>) {
  const prepared: string[] = [];
  const prepare = harness.sqlite.prepare.bind(harness.sqlite);
  harness.sqlite.prepare = ((source: string) => {
    if (source.includes(`"${table}"`)) prepared.push(source);
    return prepare(source);
  }) as typeof harness.sqlite.prepare;
  await walk();
  harness.sqlite.prepare = prepare;
  return prepared.map((source) => {
    const parameters = (source.match(/\?/g) ?? []).map(() => 'x');
    const steps = harness.sqlite.prepare(`explain query plan ${source}`).all(...parameters) as { detail: string }[];
    return steps.map((step) => step.detail).filter((detail) => new RegExp(`\\b${table}\\b|TEMP B-TREE`).test(detail));
  });
}

describe.each([
  ['en', '+254733000333'],
  ['sw', DEMO_PHONES.kiswahili],
])('the category screens read only the covering list indexes (%s)', (lang, number) => {
  it('finds which categories have live services, and a category\'s services, without scanning the services table', async () => {
    const plans = await tablePlans('services', async () => {
      const handset = phone(harness.app, number);
      await handset.dial();
      await handset.press('1');
      expect(await handset.press('2')).toMatch(/^CON /);
      expect(await handset.press('1')).toMatch(/^CON .+:\n1\. /);
    });
    // The categories' existence probes (either language's index answers them), then the first category's page.
    expect(plans).toEqual([
      [expect.stringMatching(/^SEARCH services EXISTS USING COVERING INDEX services_category_list_(en|sw) \(category=\? AND status=\?\)$/)],
      [expect.stringMatching(new RegExp(`^SEARCH services USING COVERING INDEX services_category_list_${lang} \\(category=\\? AND status=\\?\\)$`))],
    ]);
  });
});

describe.each([
  ['en', '+254733000333'],
  ['sw', DEMO_PHONES.kiswahili],
])('the agency list reads its index in the citizen\'s order (%s)', (lang, number) => {
  it('walks the live agencies in A-Z order and stops after the page, with no sort of every agency', async () => {
    const plans = await tablePlans('agencies', async () => {
      const handset = phone(harness.app, number);
      await handset.dial();
      await handset.press('1');
      expect(await handset.press('1')).toMatch(/^CON .+\n1\. /);
    });
    expect(plans).toEqual([[`SEARCH agencies USING COVERING INDEX agencies_live_list_${lang} (onboarding_state=?)`]]);
  });
});
