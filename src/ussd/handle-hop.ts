import type { Capabilities } from '../engine/capabilities.js';
import { ENGINE_MESSAGES } from '../engine/engine-messages.js';
import type { SessionState, StepResult } from '../engine/session-state.js';
import { newSessionState, showScreen, startSession, step, type HopInfo } from '../engine/step.js';
import { screenLimitFor, type ScreenLimits } from '../domain/screen-limits.js';
import type { Language, Menu } from '../menu/menu-schema.js';
import { RESUME_KEYS, resumeOfferScreen } from './resume-offer.js';
import type { SessionStore, StoredSession } from './session-store.js';
import { addToPath } from './session-path.js';

/** One USSD request from Africa's Talking, validated, with the phone in E.164. */
export interface HopRequest {
  sessionId: string;
  serviceCode: string;
  phone: string;
  networkCode: string | null;
  /** Every input of the session so far, joined by `*`. */
  text: string;
}

export interface HopDeps {
  menu: Menu;
  capabilities: Capabilities;
  sessions: SessionStore;
  /** The language a phone chose before, for a session's first screen. */
  languageOf: (phone: string) => Promise<Language | null>;
  now: () => number;
  /** How long after a session was dropped on a CON screen the next dial offers to continue it. */
  resumeWindowMs: number;
  /** GSM-7 characters per screen by network code; a session keeps its first hop's. */
  screenLimits: ScreenLimits;
  /** Told of a hop that failed; the citizen gets an apology instead of an error. */
  reportFailure: (error: unknown, request: HopRequest) => void;
  /** The code citizens dial (`USSD_SERVICE_CODE`), for a hop whose `serviceCode` is empty: some gateways and testers send none. */
  serviceCode: string;
}

/** A hop that cannot belong to the session it names. */
export class HopConflictError extends Error {
  override name = 'HopConflictError';
}

const DEFAULT_LANGUAGE: Language = 'en';

/**
 * The most inputs a hop may replay from the root. A replay runs every input again, so without
 * a bound one 500-character `text` (250 inputs) asks for 250 steps. No real session gets near
 * 40: it lasts at most about 180 s, and each hop is a round trip through the telco plus a
 * citizen reading a screen and typing on a keypad, several seconds even for the quickest, so
 * 40 allows 4.5 s a hop. A dial string carries a handful; a session lost mid-way is replayed
 * whole, and at this length it is better asked to dial again than answered late.
 */
export const MAX_REPLAY_INPUTS = 40;

/**
 * Answers one hop (DESIGN.md, "The USSD hop"): a retransmission gets the stored reply and runs
 * nothing; a `text` that extends the last one carries one new input; anything else (a dial
 * string such as `*2222*1*3#`, a session this instance never saw) replays the inputs from the
 * root. The new state and reply are stored in one write before answering.
 */
export async function handleHop(deps: HopDeps, request: HopRequest): Promise<string> {
  let lang: Language | undefined;
  try {
    const stored = await deps.sessions.load(request.sessionId);
    if (stored && stored.phone !== request.phone) {
      throw new HopConflictError('sessionId belongs to a session of another phone number');
    }
    // A retransmission, or a hop after the END that closed the session: the reply already given
    // (the closing screen's variables are erased by then, so it cannot be drawn again).
    if (stored && (stored.lastText === request.text || stored.state?.ended)) return stored.lastReply;
    lang = stored?.state?.lang;
    return await answer(deps, { ...request, serviceCode: request.serviceCode || deps.serviceCode }, stored);
  } catch (error) {
    if (error instanceof HopConflictError) throw error;
    deps.reportFailure(error, request);
    return failureReply(lang);
  }
}

async function answer(deps: HopDeps, request: HopRequest, stored: StoredSession | null): Promise<string> {
  const hop = { sessionId: request.sessionId, phone: request.phone, hop: countInputs(request.text), network: request.networkCode };
  const path = [...(stored?.path ?? [])];
  let result: StepResult;
  let resumeFrom: string | null = null;
  const input = stored?.state ? newInput(stored.lastText, request.text) : null;
  if (stored?.state && input !== null && stored.resumeFrom) {
    const answered = await answerResumeOffer(deps, stored.state, stored.resumeFrom, input, hop);
    result = answered.result;
    if (answered.stillOffered) resumeFrom = stored.resumeFrom;
    addToPath(path, result.state.node);
  } else if (stored?.state && input !== null) {
    result = await step(deps.menu, stored.state, input, deps.capabilities, hop);
    addToPath(path, result.state.node);
  } else {
    const offer = !stored && request.text === '' ? await offerResume(deps, request, hop) : null;
    // A session this instance lost keeps the budget it began with.
    const screenLimit = stored?.state?.screenLimit ?? screenLimitFor(deps.screenLimits, request.networkCode);
    result = offer?.result ?? (await replay(deps, request, screenLimit, hop, path));
    resumeFrom = offer?.sessionId ?? null;
  }
  // What the citizen typed is kept only while the journey needs it.
  if (result.state.ended) result.state.vars = {};
  const reply = `${result.reply.end ? 'END' : 'CON'} ${result.reply.screen}`;
  await deps.sessions.save({
    sessionId: request.sessionId,
    phone: request.phone,
    serviceCode: request.serviceCode,
    networkCode: request.networkCode,
    state: result.state,
    lastText: request.text,
    lastReply: reply,
    hops: hop.hop,
    path,
    resumeFrom,
    now: deps.now(),
  });
  return reply;
}

/** The apology a citizen reads when a hop fails, in the language they chose if we know it. */
export function failureReply(lang: Language = DEFAULT_LANGUAGE): string {
  return `END ${ENGINE_MESSAGES[lang].failure}`;
}

/**
 * A first dial from a phone that was dropped mid-way (left on a CON screen) within the resume
 * window offers to continue. The new session waits on the main menu's state; the offer is made
 * once per dropped session.
 */
async function offerResume(deps: HopDeps, request: HopRequest, hop: { sessionId: string; phone: string }) {
  const dropped = await deps.sessions.findResumable(request.phone, deps.now() - deps.resumeWindowMs, request.sessionId);
  if (!dropped?.state || !wasMidway(deps.menu, dropped.state)) return null;
  await deps.sessions.markResume(dropped.sessionId, 'offered');
  const lang = dropped.state.lang;
  const screenLimit = screenLimitFor(deps.screenLimits, request.networkCode);
  const fresh = await startSession(deps.menu, { lang, screenLimit }, deps.capabilities, { ...hop, hop: 0 });
  fresh.state.vars.service_code = request.serviceCode;
  return { sessionId: dropped.sessionId, result: { state: fresh.state, reply: { end: false, screen: resumeOfferScreen(lang) } } };
}

/**
 * Mid-way: waiting for something the citizen had still to give. Not on the main menu (nothing
 * to continue), nor on a closing text with nothing to choose (the journey was done).
 */
function wasMidway(menu: Menu, state: SessionState): boolean {
  const node = menu.nodes[state.node];
  if (!node || state.ended || state.node === menu.start) return false;
  return node.type !== 'text' || node.options.length > 0;
}

/** "1" continues the dropped session on the screen it left; "2" starts over; anything else asks again. */
async function answerResumeOffer(deps: HopDeps, fresh: SessionState, droppedId: string, input: string, hop: HopInfo) {
  if (input === RESUME_KEYS.continue) {
    const dropped = await deps.sessions.load(droppedId);
    if (dropped?.state) {
      await deps.sessions.markResume(droppedId, 'taken');
      // Laid out for the network of this session, which may not be the dropped one's.
      const resumed = { ...dropped.state, screenLimit: fresh.screenLimit };
      return { result: await showScreen(deps.menu, resumed, deps.capabilities, hop), stillOffered: false };
    }
  }
  if (input === RESUME_KEYS.continue || input === RESUME_KEYS.startOver) {
    if (input === RESUME_KEYS.startOver) await deps.sessions.markResume(droppedId, 'declined');
    return { result: await showScreen(deps.menu, fresh, deps.capabilities, hop), stillOffered: false };
  }
  return { result: { state: fresh, reply: { end: false, screen: resumeOfferScreen(fresh.lang, true) } }, stillOffered: true };
}

/** Runs every input of `text` from the first screen. Actions key their writes by hop, so a replay never writes twice. */
async function replay(deps: HopDeps, request: HopRequest, screenLimit: number, hop: { sessionId: string; phone: string }, path: string[]): Promise<StepResult> {
  const lang = (await deps.languageOf(request.phone)) ?? DEFAULT_LANGUAGE;
  const start = { lang, screenLimit };
  const inputs = request.text === '' ? [] : request.text.split('*');
  if (inputs.length > MAX_REPLAY_INPUTS) {
    // Nothing runs, not even the first screen; the END is stored like any reply, so a retransmission gets it again.
    return { state: { ...newSessionState(deps.menu, start), ended: true }, reply: { end: true, screen: ENGINE_MESSAGES[lang].tooManyInputs } };
  }
  let result = await startSession(deps.menu, start, deps.capabilities, { ...hop, hop: 0 });
  result.state.vars.service_code = request.serviceCode;
  addToPath(path, result.state.node);
  for (const [index, input] of inputs.entries()) {
    if (result.state.ended) break;
    result = await step(deps.menu, result.state, input, deps.capabilities, { ...hop, hop: index + 1 });
    addToPath(path, result.state.node);
  }
  return result;
}

/** What the citizen typed since the last hop, or null when `text` does not extend `lastText`. */
function newInput(lastText: string, text: string): string | null {
  if (lastText === '') return text;
  return text.startsWith(`${lastText}*`) ? text.slice(lastText.length + 1) : null;
}

/** Hops are numbered by the inputs in `text`, so a replay numbers them as the first run did. */
function countInputs(text: string): number {
  return text === '' ? 0 : text.split('*').length;
}
