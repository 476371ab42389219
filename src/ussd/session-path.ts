/**
 * The most screens a session's path keeps. A session has at most about 60 hops in its three
 * minutes; the bound keeps a stored path small whatever happens.
 */
export const MAX_PATH = 64;

/**
 * Records the screen a hop showed on the session's path, in order, so the funnel knows the last
 * one. A screen shown again straight after itself (a wrong answer, the next page) is one visit.
 * Over the bound, the oldest visit to a screen the path also holds later goes first, so every
 * screen reached stays on it; only a path of more distinct screens than that loses its oldest.
 */
export function addToPath(path: string[], node: string): void {
  if (path.at(-1) === node) return;
  path.push(node);
  if (path.length <= MAX_PATH) return;
  const repeated = path.findIndex((visited, index) => path.indexOf(visited, index + 1) !== -1);
  path.splice(Math.max(repeated, 0), 1);
}
