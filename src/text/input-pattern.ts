import { RE2JS, RE2JSSyntaxException } from 're2js';

/**
 * The patterns agencies and menu authors write for answers (`{"kind": "pattern"}`), run by RE2's
 * rules (re2js, pure JavaScript, so Workers too): RE2 never backtracks, so a match takes time in
 * proportion to the answer whatever the pattern. JavaScript's RegExp can take seconds on
 * `([A-Za-z0-9]+\s?)+` and 30 letters, stalling every other citizen; no pattern here reaches one.
 */

/** The longest pattern text accepted: enough for any real format, and a bound on compiling it. */
export const MAX_PATTERN_LENGTH = 200;

/**
 * The most program steps a pattern may compile to. Work per character grows with it, and 200
 * characters of `.{0,999}|...` compile to 40,000 (100 ms to compile, as long for a first match);
 * a format for an 80-character answer needs a few dozen.
 */
export const MAX_PATTERN_STEPS = 1000;

/** Patterns compiled, by their text, or why one cannot be used: a form asks the same few on every hop. */
const compiled = new Map<string, RE2JS | string>();
const COMPILED_KEPT = 64;

/** Why a pattern cannot be used, in words for its author; null when it can. */
export function patternProblem(pattern: string): string | null {
  const entry = compiledPattern(pattern);
  return typeof entry === 'string' ? entry : null;
}

/**
 * Whether the whole input fits the pattern. A pattern that cannot be used fits nothing, so a
 * form stored before patterns were checked refuses answers rather than failing the hop.
 */
export function matchesPattern(pattern: string, input: string): boolean {
  const entry = compiledPattern(pattern);
  return typeof entry !== 'string' && entry.testExact(input);
}

function compiledPattern(pattern: string): RE2JS | string {
  let entry = compiled.get(pattern);
  if (entry === undefined) {
    entry = compile(pattern);
    // The oldest goes first: the patterns in use stay, and memory stays bounded whatever is stored.
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(pattern, entry);
  }
  return entry;
}

function compile(pattern: string): RE2JS | string {
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return `not a valid pattern: ${error.getDescription()}${error.getPattern() ? ` in \`${error.getPattern()}\`` : ''}`;
    return `not a valid pattern: ${error instanceof Error ? error.message : String(error)}`;
  }
  const steps = re.re2().numberOfInstructions() as number;
  if (steps > MAX_PATTERN_STEPS) return `the pattern is too large: it compiles to ${steps} steps, at most ${MAX_PATTERN_STEPS} (use smaller repeat counts)`;
  return re;
}
