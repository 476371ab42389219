/**
 * The citizen journeys the load walks, hop by hop, as Africa's Talking sends them: a new
 * `sessionId` per journey, `text` empty on the dial and then every input so far joined by `*`.
 * The peer's menus take the same inputs, so one script serves both servers.
 */

export const SERVICE_CODE = '*2222#';
/** The demo citizen who owns EC20418375 (README, "Demo data"): only that phone may see it. */
export const DEMO_PHONE = '+254711000111';
export const DEMO_REFERENCE = 'EC20418375';

export interface Journey {
  name: 'find' | 'status' | 'apply';
  /** The inputs after the dial, in order. */
  inputs: readonly string[];
  /** The status look-up must come from the applicant's phone; the others get a phone of their own. */
  demoPhone: boolean;
  /** The reply the last hop should give when the journey went as scripted. */
  arrived: RegExp;
}

export const JOURNEYS: readonly Journey[] = [
  // main -> find by agency -> first agency -> its first service -> details with the fee
  { name: 'find', inputs: ['1', '1', '1', '1'], demoPhone: false, arrived: /^CON .+\nFee: KES / },
  { name: 'status', inputs: ['2', DEMO_REFERENCE], demoPhone: true, arrived: /^CON EC20418375: .+\nStatus: / },
  // test/http/journeys.happy.test.ts's apply test: Birth Certificate, answers, confirm
  {
    name: 'apply',
    inputs: ['4', '1', '12345678', 'Amina Wanjiru', 'kaka', '1', '1'],
    demoPhone: false,
    arrived: /^END Application received\. Your reference is EC\d{8}\./,
  },
];

/**
 * This project offers to continue a session its phone left mid-way. Many connections dial from
 * the one demo phone at once, so a status journey is sometimes offered another's session: it
 * answers "2. Start over", as a citizen would, and goes on from the main menu.
 */
const RESUME_OFFER = /^CON You did not finish your last session\./;
const START_OVER = '2';

export type HopOutcome = 'next' | 'arrived' | 'off-script';

/** One journey under way: which hop comes next, and whether the replies so far fit the script. */
export class JourneyWalk {
  private readonly inputs: string[];
  private given = 0;

  constructor(
    readonly journey: Journey,
    readonly sessionId: string,
    readonly phone: string,
  ) {
    this.inputs = [...journey.inputs];
  }

  /** The `text` of the next hop. */
  text(): string {
    return this.inputs.slice(0, this.given).join('*');
  }

  /** Takes the reply to the hop `text()` named; says whether to send another. */
  answer(reply: string): HopOutcome {
    if (this.given === 0 && RESUME_OFFER.test(reply)) this.inputs.unshift(START_OVER);
    else if (this.given === this.inputs.length || reply.startsWith('END')) return this.journey.arrived.test(reply) ? 'arrived' : 'off-script';
    this.given += 1;
    return 'next';
  }
}

/** The form body of one hop. */
export function hopForm(sessionId: string, phone: string, text: string): string {
  return new URLSearchParams({ sessionId, serviceCode: SERVICE_CODE, phoneNumber: phone, networkCode: '63902', text }).toString();
}

/**
 * Fresh identities for one load child: session ids carry a random tag, phone numbers count up
 * from the job's base (`+2547` and eight digits, a Kenyan mobile number).
 */
export function createIdentities(phoneBase: number) {
  const tag = Math.random().toString(36).slice(2, 8);
  let sessions = 0;
  let phones = 0;
  return {
    sessionId: () => `bench-${tag}-${(sessions += 1)}`,
    phone: () => `+2547${String((phoneBase + (phones += 1)) % 100_000_000).padStart(8, '0')}`,
  };
}

export function isUssdReply(body: string): boolean {
  return body.startsWith('CON ') || body.startsWith('END ');
}
