import UssdMenu from 'ussd-menu-builder';
import { normalizeReference } from '../../../src/domain/application-reference.js';
import { describeStatus } from '../../../src/domain/application-status.js';
import { totalPayable, convenienceFee } from '../../../src/domain/convenience-fee.js';
import { COUNTIES, HUDUMA_CENTRES } from '../../../src/domain/kenya-places.js';
import { newReference } from '../../../src/domain/new-reference.js';
import { formatDate, formatKes } from '../../../src/text/kenyan-formats.js';
import type { PeerQueries } from './peer-queries.js';

/**
 * The project's find, status and apply journeys written the way ussd-menu-builder's README
 * teaches: named states, `next` links matched against each input (`*` starts a regex), `run`
 * answering with `menu.con`/`menu.end`, and what later states need kept with `menu.session`.
 * The other main-menu choices end politely: the benchmark walks only these three.
 */
export interface PeerDeps {
  queries: PeerQueries;
  sessions: UssdMenu.UssdSessionConfig;
}

const PAGE = 5;
const SCREEN_LIMIT = 182;
const SORTED_COUNTIES = [...COUNTIES].sort((a, b) => a.localeCompare(b));
const SORTED_CENTRES = [...HUDUMA_CENTRES].sort((a, b) => a.localeCompare(b));
const FAILURE = 'END Sorry, something went wrong. Please try again.';

const MAIN_MENU = [
  'Welcome to e-Citizen',
  '1. Find a service',
  '2. Check application status',
  '3. My applications',
  '4. Apply for a service',
  '5. Pay for an application',
  '6. Lugha/Language, SMS',
  '7. Help',
].join('\n');

interface Screen {
  end?: boolean;
  text: string;
}

function listScreen(prompt: string, labels: readonly string[], more: boolean): string {
  return [prompt, ...labels.map((label, index) => `${index + 1}. ${label}`), ...(more ? ['98 More'] : []), '0 Back'].join('\n');
}

/** Cut to the USSD limit, keeping the closing line. */
function fit(text: string, footer: string): string {
  const room = SCREEN_LIMIT - footer.length - 1;
  return `${text.length > room ? text.slice(0, room) : text}\n${footer}`;
}

/**
 * Answers one hop. A NEW UssdMenu per request: the library keeps the request's `args`, `val`,
 * `result` and promise on the menu instance, so one instance shared by concurrent requests
 * answers one citizen with another's screen.
 */
export function answerHop(deps: PeerDeps, args: UssdMenu.UssdGatewayArgs): Promise<string> {
  const menu = buildPeerMenu(deps);
  return new Promise((resolve) => {
    menu.on('error', (error: unknown) => {
      console.error('peer hop failed', error);
      resolve(FAILURE);
    });
    menu.run(args).then(resolve, () => resolve(FAILURE));
  });
}

function buildPeerMenu({ queries, sessions }: PeerDeps): UssdMenu {
  const menu = new UssdMenu();
  menu.sessionConfig(sessions);
  const session = {
    get: <T>(key: string) => menu.session.get(key) as Promise<T | null>,
    set: (key: string, value: unknown) => menu.session.set(key, value) as Promise<unknown>,
  };
  const choice = () => Number(menu.val) - 1;

  /** A state whose screen may need the database or the session (both answer through promises). */
  const state = (name: string, screen: () => Screen | Promise<Screen>, next?: UssdMenu.NextState) =>
    menu.state(name, {
      run: () => {
        Promise.resolve()
          .then(screen)
          .then(
            (answer) => (answer.end ? menu.end(answer.text) : menu.con(answer.text)),
            (error: unknown) => menu.emit('error', error),
          );
      },
      ...(next ? { next, defaultNext: 'invalid' } : {}),
    });

  state('__start__', () => ({ text: MAIN_MENU }), { '1': 'find', '2': 'status', '4': 'apply', '*^[3567]$': 'unavailable' });
  state('invalid', () => ({ end: true, text: 'Invalid choice. Please dial again.' }));
  state('unavailable', () => ({ end: true, text: 'This part of e-Citizen is not on this line.' }));

  state('find', () => ({ text: 'Find a service by:\n1. Agency (A-Z)\n0 Back' }), { '0': '__start__', '1': 'find.agency' });
  state(
    'find.agency',
    async () => {
      const page = menu.val === '98' ? ((await session.get<number>('agencyPage')) ?? 0) + 1 : 0;
      await session.set('agencyPage', page);
      const rows = queries.agencies(page * PAGE, PAGE + 1);
      return { text: listScreen('Choose an agency:', rows.slice(0, PAGE).map((row) => row.name), rows.length > PAGE) };
    },
    { '0': 'find', '98': 'find.agency', '*^\\d+$': 'find.agency_service' },
  );
  state(
    'find.agency_service',
    async () => {
      const page = (await session.get<number>('agencyPage')) ?? 0;
      const [agency] = queries.agencies(page * PAGE + choice(), 1);
      if (!agency) return { end: true, text: 'Invalid choice. Please dial again.' };
      await session.set('agency', agency.id);
      const rows = queries.agencyServices(agency.id, 0, PAGE + 1);
      return { text: listScreen(`${agency.name}:`, rows.slice(0, PAGE).map((row) => row.name), rows.length > PAGE) };
    },
    { '0': 'find.agency', '*^\\d+$': 'find.details' },
  );
  state(
    'find.details',
    async () => {
      const agency = await session.get<string>('agency');
      const [listed] = queries.agencyServices(agency ?? '', choice(), 1);
      const service = listed && queries.service(Number(listed.id));
      if (!service) return { end: true, text: 'Invalid choice. Please dial again.' };
      await session.set('service', service.id);
      const details = [
        service.name,
        `Fee: KES ${formatKes(service.feeKes)}`,
        `e-Citizen fee: KES ${formatKes(convenienceFee(service.feeKes))}`,
        `Total: KES ${formatKes(totalPayable(service.feeKes))}`,
        `Time: ${service.processingTime}`,
        `You need: ${service.requirements}`,
      ].join('\n');
      return { text: fit(details, '0 Back') };
    },
    { '0': 'find.agency_service' },
  );

  state('status', () => ({ text: 'Enter your application reference, e.g. EC20418375:\n0 Back' }), {
    '0': '__start__',
    '*^[A-Za-z0-9 ._/-]{6,24}$': 'status.result',
  });
  state(
    'status.result',
    () => {
      const reference = normalizeReference(menu.val) ?? menu.val;
      const found = queries.application(reference, menu.args.phoneNumber);
      if (!found) return { text: `No application ${reference} was found for this phone number.\n0 Back` };
      const words = describeStatus(found.status, found.detail, 'en');
      return { text: fit(`${found.reference}: ${found.serviceName}\nStatus: ${words.name}\nUpdated: ${formatDate(found.updatedAt)}\n${words.nextStep}`, '0 Back') };
    },
    { '0': 'status' },
  );

  state(
    'apply',
    () => {
      const rows = queries.applicableServices(0, PAGE + 1);
      return { text: listScreen('Apply by phone for:', rows.slice(0, PAGE).map((row) => row.name), rows.length > PAGE) };
    },
    { '0': '__start__', '*^\\d+$': 'apply.national_id' },
  );
  state(
    'apply.national_id',
    async () => {
      const [service] = queries.applicableServices(choice(), 1);
      if (!service) return { end: true, text: 'Invalid choice. Please dial again.' };
      await session.set('service', Number(service.id));
      return { text: 'Enter your national ID number:\n0 Back' };
    },
    { '0': 'apply', '*^\\d{6,8}$': 'apply.full_name' },
  );
  state(
    'apply.full_name',
    async () => {
      await session.set('national_id', menu.val);
      return { text: 'Enter your full name as on your ID:\n0 Back' };
    },
    { '*^[A-Za-z\' .-]{2,60}$': 'apply.county' },
  );
  state(
    'apply.county',
    async () => {
      await session.set('full_name', menu.val);
      return { text: listScreen('Choose your county, or type its name:', SORTED_COUNTIES.slice(0, 10), false) };
    },
    { '*^\\d{1,2}$': 'apply.collection_centre', '*^[A-Za-z]{2,}': 'apply.collection_centre' },
  );
  state(
    'apply.collection_centre',
    async () => {
      const typed = menu.val.toLowerCase();
      const county = /^\d+$/.test(typed) ? SORTED_COUNTIES[choice()] : SORTED_COUNTIES.find((name) => name.toLowerCase().startsWith(typed));
      if (!county) return { end: true, text: 'Invalid choice. Please dial again.' };
      await session.set('county', county);
      return { text: listScreen('Where will you collect it?', SORTED_CENTRES.slice(0, 12), false) };
    },
    { '*^\\d{1,2}$': 'apply.confirm' },
  );
  state(
    'apply.confirm',
    async () => {
      const centre = SORTED_CENTRES[choice()];
      const service = queries.service((await session.get<number>('service')) ?? 0);
      if (!centre || !service) return { end: true, text: 'Invalid choice. Please dial again.' };
      await session.set('collection_centre', centre);
      const summary = [
        service.name,
        `ID: ${await session.get<string>('national_id')}`,
        `Name: ${await session.get<string>('full_name')}`,
        `County: ${await session.get<string>('county')}`,
        `Collect at: ${centre}`,
        `To pay: KES ${formatKes(totalPayable(service.feeKes))}`,
      ].join('\n');
      return { text: fit(summary, '1. Confirm\n2. Cancel\n0 Back') };
    },
    { '1': 'apply.submit', '2': 'apply.cancelled' },
  );
  state('apply.submit', async () => {
    const service = queries.service((await session.get<number>('service')) ?? 0);
    if (!service) return { end: true, text: 'This service cannot be applied for by phone.' };
    const answers = JSON.stringify({
      national_id: await session.get<string>('national_id'),
      full_name: await session.get<string>('full_name'),
      county: await session.get<string>('county'),
      collection_centre: await session.get<string>('collection_centre'),
    });
    const reference = insertWithNewReference(queries, { serviceId: service.id, phone: menu.args.phoneNumber, feeKes: service.feeKes, answers, now: Date.now() });
    return { end: true, text: `Application received. Your reference is ${reference}. We will SMS you when it moves.` };
  });
  state('apply.cancelled', () => ({ end: true, text: 'Application cancelled. Nothing was sent.' }));
  return menu;
}

/** References are random: a clash with an existing one is retried with another. */
function insertWithNewReference(queries: PeerQueries, row: Omit<Parameters<PeerQueries['insertApplication']>[0], 'reference'>): string {
  for (let attempt = 1; ; attempt += 1) {
    const reference = newReference();
    try {
      queries.insertApplication({ ...row, reference });
      return reference;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('applications.reference')) throw error;
    }
  }
}
