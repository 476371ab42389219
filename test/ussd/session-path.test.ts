import { describe, expect, it } from 'vitest';
import { MAX_PATH, addToPath } from '../../src/ussd/session-path.js';
import { sessionCounts } from '../../src/ussd/count-session.js';
import { TEST_NOW } from '../support/test-app.js';

const walk = (screens: string[]) => {
  const path: string[] = [];
  for (const screen of screens) addToPath(path, screen);
  return path;
};

describe('a session\'s path', () => {
  it.each([
    ['keeps the screens in order, a screen returned to again', ['main', 'help', 'main'], ['main', 'help', 'main']],
    ['counts a screen shown again straight after itself (a wrong answer, the next page) once', ['main', 'find.agency', 'find.agency', 'find.agency'], ['main', 'find.agency']],
  ])('%s', (_, screens, path) => {
    expect(walk(screens)).toEqual(path);
  });

  it('stays within its bound however long the session, keeping every screen reached and the last one', () => {
    const screens = Array.from({ length: 500 }, (_, hop) => (hop % 2 === 0 ? 'main' : `screen.${hop % 7}`));
    screens.push('status.enter_reference');
    const path = walk(screens);
    expect(path.length).toBeLessThanOrEqual(MAX_PATH);
    expect(new Set(path)).toEqual(new Set(screens));
    expect(path.at(-1)).toBe('status.enter_reference');
  });

  it('drops the oldest screen only when more distinct screens than the bound were shown', () => {
    const path = walk(Array.from({ length: MAX_PATH + 5 }, (_, n) => `screen.${n}`));
    expect(path).toHaveLength(MAX_PATH);
    expect(path[0]).toBe('screen.5');
  });
});

describe('what a session adds to the funnel', () => {
  it('counts an open session as dropped on its last screen, each screen reached once', () => {
    expect(sessionCounts({ path: ['main', 'help', 'main'], status: 'open', createdAt: TEST_NOW })).toEqual([
      { node: 'main', day: '2026-11-20', reached: 1, dropped: 1, completed: 0 },
      { node: 'help', day: '2026-11-20', reached: 1, dropped: 0, completed: 0 },
    ]);
  });
});
