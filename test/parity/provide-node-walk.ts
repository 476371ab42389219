import type { TestProject } from 'vitest/node';
import { TEST_NOW } from '../support/test-app.js';
import { nodeWalk } from './node-walk.js';

/**
 * A global setup of the Workers project: it runs in Node before the Workers tests, so the
 * parity test in workerd compares its walk against Node's, taken in the same run from the
 * same code and seed (a committed copy of the screens could go stale).
 */
export default async function provideNodeWalk(project: TestProject) {
  project.provide('nodeParityWalk', { now: TEST_NOW, steps: await nodeWalk() });
}
