import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listApplications, type ApplicationFilter } from '../../src/applications/list-applications.js';
import { createTestApp } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

/** The SQLite plan of the page query `listApplications` prepares for a filter and order. */
async function planOf(filter: Omit<ApplicationFilter, 'agencyCode'>, order: 'newest' | 'oldest', afterId?: number) {
  const prepared: string[] = [];
  const prepare = harness.sqlite.prepare.bind(harness.sqlite);
  harness.sqlite.prepare = ((source: string) => {
    if (source.startsWith('select') && source.includes('"applications"')) prepared.push(source);
    return prepare(source);
  }) as typeof harness.sqlite.prepare;
  await listApplications(harness.db, { agencyCode: 'CRS', ...filter }, { order, limit: 20, afterId });
  harness.sqlite.prepare = prepare;
  const [source] = prepared;
  const steps = harness.sqlite.prepare(`explain query plan ${source}`).all(...(source!.match(/\?/g) ?? []).map(() => 'x')) as { detail: string }[];
  return steps.map((step) => step.detail).join(' | ');
}

describe("an agency's list of applications", () => {
  it.each([
    ['newest first, continued after a cursor', {}, 'newest', 100],
    ['oldest first', {}, 'oldest', undefined],
    ['by status', { status: 'submitted' as const }, 'newest', undefined],
    ['by channel', { channel: 'ussd' as const }, 'oldest', 100],
  ] as const)('reads a page %s from the agency listing indexes, in their order, with no sort of every match', async (_case, filter, order, afterId) => {
    const plan = await planOf(filter, order, afterId);
    expect(plan).toMatch(/SEARCH applications USING INDEX applications_agency(_status)?_listing \(agency_code=\?/);
    expect(plan).not.toMatch(/TEMP B-TREE|SCAN applications/);
  });
});
