/** One screen of a walk: where it was reached (`root:inputs`) and what it said, masked. */
export interface WalkStep {
  path: string;
  screen: string;
}

/** A phone to walk from: its name in the paths, how it sends a hop, and what it types at a prompt. */
export interface WalkRoot {
  name: string;
  /** Sends the inputs so far, joined by `*`, as the first hop of a new session, and returns the reply. */
  hop: (text: string) => Promise<string>;
  /** A valid answer for a screen that asks the citizen to type something; undefined for any other screen. */
  answer: (screen: string) => string | undefined;
}

export interface WalkBounds {
  /** Inputs in the longest path walked. */
  maxDepth: number;
  /** The walk fails rather than run past this many hops: a bound that is hit means it no longer runs in seconds. */
  maxHops: number;
  /** Items walked on the first page of a list that pages (one with `98`); a menu that fits on one screen is walked whole. */
  firstItems: number;
}

const NUMBERED = /^(\d+)[.)] /;
const NAVIGATION = /^(\d+) /;
/** Returns to the main menu from any screen, though none shows it. */
const MAIN_MENU = '00';
const MORE = '98';

/**
 * A reply with what varies from run to run masked: application references (drawn at random)
 * and dates and times (from the clock).
 */
export function maskScreen(reply: string): string {
  return reply
    .replace(/\bEC[A-Z0-9]+\b/g, 'EC########')
    .replace(/\b\d{2}\/\d{2}\/\d{4}\b/g, 'DD/MM/YYYY')
    .replace(/\b\d{2}\/\d{2}\b/g, 'DD/MM')
    .replace(/\b\d{2}:\d{2}\b/g, 'HH:MM');
}

/**
 * The inputs a walk tries on a screen reached by `inputs`, in order: its numbered options (only
 * the first few on the first page of a list that pages, none on the later pages), a sample
 * answer where it asks for one, its navigation lines (`98`, `0`), and `00` on each journey's
 * first screen (it jumps to the main menu the same way from any depth). An `END` screen has none.
 */
export function inputsOn(reply: string, inputs: readonly string[], bounds: Pick<WalkBounds, 'firstItems'>, answer: string | undefined): string[] {
  if (!reply.startsWith('CON ')) return [];
  const reachedBy = inputs.at(-1);
  const lines = reply.slice(4).split('\n');
  const numbered = lines.flatMap((line) => NUMBERED.exec(line)?.[1] ?? []);
  const navigation = lines.flatMap((line) => (NUMBERED.test(line) ? [] : (NAVIGATION.exec(line)?.[1] ?? [])));
  const pages = navigation.includes(MORE) || reachedBy === MORE;
  const items = !pages ? numbered : reachedBy === MORE ? [] : numbered.slice(0, bounds.firstItems);
  const typed = numbered.length === 0 && answer !== undefined ? [answer] : [];
  return [...items, ...typed, ...navigation, ...(inputs.length === 1 ? [MAIN_MENU] : [])];
}

/**
 * Walks every root's menus breadth first: every option of every menu, the first items of
 * every list, a sample answer at every prompt, back from every screen. A screen
 * already met (masked, by any root) is recorded again but not walked on from: the two roots
 * share what they have seen, so a language switched mid-walk does not walk the tree twice.
 */
export async function walkMenus(roots: readonly WalkRoot[], bounds: WalkBounds): Promise<WalkStep[]> {
  const steps: WalkStep[] = [];
  const seen = new Set<string>();
  let hops = 0;
  let level = roots.map((root) => ({ root, inputs: [] as string[] }));
  while (level.length > 0) {
    const next: typeof level = [];
    for (const { root, inputs } of level) {
      hops += 1;
      if (hops > bounds.maxHops) throw new Error(`the walk passed ${bounds.maxHops} hops at ${root.name}:${inputs.join('*')}: lower its depth or raise the bound`);
      const text = inputs.join('*');
      const screen = maskScreen(await root.hop(text));
      steps.push({ path: `${root.name}:${text}`, screen });
      if (seen.has(screen) || inputs.length >= bounds.maxDepth) continue;
      seen.add(screen);
      for (const input of inputsOn(screen, inputs, bounds, root.answer(screen))) next.push({ root, inputs: [...inputs, input] });
    }
    level = next;
  }
  return steps;
}
