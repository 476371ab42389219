import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runtimeDependencies } from '../../scripts/runtime-dependencies.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the runtime dependency tree', () => {
  it('is exactly what docs/runtime-dependencies.txt records (update it with `npm run -s deps:runtime > docs/runtime-dependencies.txt` after deciding a change is wanted)', () => {
    const recorded = read('docs/runtime-dependencies.txt').split('\n').filter((line) => line.trim() !== '');
    expect(runtimeDependencies(read('package-lock.json'))).toEqual(recorded);
  });

  it('names its direct dependencies with exact versions', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(dependencies)) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
