import { and, count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordStatusChange } from '../../src/applications/record-status-change.js';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { applicationEvents, applications, citizens, services, smsOutbox } from '../../src/db/schema.js';
import { MAX_SEARCH_MATCHES } from '../../src/domain/search-limits.js';
import { DEFAULT_SCREEN_LIMITS } from '../../src/domain/screen-limits.js';
import { gsm7Length } from '../../src/text/gsm7.js';
import { TEST_NOW, createTestApp } from '../support/test-app.js';
import { findOption, phone, postHop } from '../support/ussd-client.js';

/** Hops here come from Safaricom (postHop's networkCode), whose screens carry at most 160 characters. */
const SCREEN_LIMIT = DEFAULT_SCREEN_LIMITS['63902']!;

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

const NEW_PHONE = '+254733000333';

/** A citizen whose every screen is checked against Safaricom's 160-character budget. */
function citizen(number: string, sessionId?: string) {
  const handset = phone(harness.app, number, sessionId);
  const checked = async (reply: Promise<string>) => {
    const screen = await reply;
    expect(gsm7Length(screen.slice(4)), screen).toBeLessThanOrEqual(SCREEN_LIMIT);
    return screen;
  };
  return { ...handset, dial: () => checked(handset.dial()), press: (input: string) => checked(handset.press(input)) };
}

const outbox = (phoneNumber: string) => harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, phoneNumber)).all();

describe.each([
  ['en', NEW_PHONE, 'Immigration', 'Choose a category:', /^CON Immigration:\n1\. .+ \(DIS\)/],
  ['sw', DEMO_PHONES.kiswahili, 'Uhamiaji', 'Chagua aina ya huduma:', /^CON Uhamiaji:\n1\. .+ \(DIS\)/],
])('find a service by category (%s)', (_, number, category, prompt, services) => {
  it('lists the categories, then the services of one with their agency', async () => {
    const c = citizen(number);
    await c.dial();
    await c.press('1');
    const categories = await c.press('2');
    expect(categories.startsWith(`CON ${prompt}\n1. `)).toBe(true);
    const choice = await findOption(c.press, categories, category);
    expect(await c.press(choice.option)).toMatch(services);
  });
});

describe('find a service by a typed word', () => {
  it.each([
    ['passport', /Passport/],
    ['PASSPORT', /Passport/],
    ['ntsa', /\(NTSA\)/],
    ['pasipoti', /Passport/],
  ])('matches %j in names and agency codes, any case', async (word, match) => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    await c.press('1');
    await c.press('3');
    const results = await c.press(word);
    expect(results).toMatch(new RegExp(`^CON Services matching ${word}:\\n1\\. `));
    expect(results).toMatch(match);
  });

  it('matches a two-letter word too, which is too short for the trigram index', async () => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    await c.press('1');
    await c.press('3');
    const results = await c.press('ec');
    expect(results).toMatch(/^CON Services matching ec:\n1\. /);
    for (const line of results.split('\n').filter((row) => /^\d\. /.test(row))) expect(line.toLowerCase()).toContain('ec');
  });

  it('takes the service the citizen saw, even when the catalogue changed between two hops', async () => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    await c.press('1');
    await c.press('3');
    const results = await c.press('good conduct');
    const choice = await findOption(c.press, results, 'Certificate of Good Conduct');
    // An agency adds a service that sorts before everything the citizen is looking at.
    const [first] = await harness.db.select().from(services).limit(1);
    await harness.db.insert(services).values({ ...first!, id: undefined, code: 'AAA-GOOD', nameEn: 'AAA Good Conduct Copy', nameSw: 'AAA Nakala ya Tabia Njema' });
    expect(await c.press(choice.option)).toMatch(/^CON Certificate of Good Conduct\nFee: KES 1,050/);
  });

  it('asks for more of the name when more services match than a citizen can page through', async () => {
    const [first] = await harness.db.select().from(services).limit(1);
    const many = Array.from({ length: MAX_SEARCH_MATCHES + 1 }, (_, index) => ({ ...first!, id: undefined, code: `ZEBRA-${index}`, nameEn: `Zebra Permit ${index}`, nameSw: `Kibali cha Punda Milia ${index}` }));
    await harness.db.insert(services).values(many);
    const en = citizen(NEW_PHONE);
    await en.dial();
    await en.press('1');
    await en.press('3');
    expect(await en.press('zebra')).toBe(
      `CON More than ${MAX_SEARCH_MATCHES} services match "zebra". Type more of the name, or find the service by agency or category.\n1. Try another word\n98 More\n0 Back\n00 Main menu`,
    );
    expect(await en.press('98')).toBe('CON 2. Other ways to find\n0 Back\n00 Main menu');
    expect(await en.press('1')).toMatch(/^CON Type a word/);
    expect(await en.press('zebra permit 1')).toMatch(/^CON Services matching zebra permit 1:\n1\. Zebra Permit 1 /);
    const sw = citizen(DEMO_PHONES.kiswahili);
    await sw.dial();
    await sw.press('1');
    await sw.press('3');
    expect(await sw.press('punda milia')).toMatch(new RegExp(`^CON Huduma zaidi ya ${MAX_SEARCH_MATCHES} zinalingana na "punda milia"\\.`));
    expect(await sw.press('2')).toMatch(/^CON Tafuta huduma kwa:/);
  });

  it('says when nothing matches, and offers to try another word', async () => {
    const c = citizen(DEMO_PHONES.kiswahili);
    await c.dial();
    await c.press('1');
    await c.press('3');
    expect(await c.press('zzzz%')).toBe('CON Hakuna huduma inayolingana na "zzzz%".\n1. Jaribu neno jingine\n0 Rudi\n00 Menyu kuu');
    expect(await c.press('1')).toMatch(/^CON Andika neno/);
  });
});

describe('a service\'s details', () => {
  async function openGoodConduct(number: string) {
    const c = citizen(number);
    await c.dial();
    await c.press('1');
    await c.press('3');
    const results = await c.press('good conduct');
    const choice = await findOption(c.press, results, 'Certificate of Good Conduct');
    return { c, details: await c.press(choice.option) };
  }

  it('show the fee, the e-Citizen fee and the total, and page the rest', async () => {
    const { c, details } = await openGoodConduct(NEW_PHONE);
    expect(details).toMatch(/^CON Certificate of Good Conduct\nFee: KES 1,050\ne-Citizen fee: KES 50\nTotal: KES 1,100\n/);
    expect(details.endsWith('98 More\n0 Back\n00 Main menu')).toBe(true);
    const rest = await c.press('98');
    expect(rest).toMatch(/Apply on ecitizen\.go\.ke or at a Huduma Centre\.\n1\. Send me these by SMS\n0 Back\n00 Main menu$/);
    expect(rest).not.toContain('Apply now');
  });

  it('queue one SMS with the full details, however often the citizen asks in a session', async () => {
    const { c } = await openGoodConduct(NEW_PHONE);
    await c.press('98');
    expect(await c.press('1')).toBe('CON We will send the details by SMS shortly.\n0 Back\n00 Main menu');
    await c.press('0');
    await c.press('1');
    const sms = await outbox(NEW_PHONE);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ kind: 'service_details', language: 'en', state: 'queued', segments: 2 });
    expect(sms[0]!.body).toMatch(/^Certificate of Good Conduct \(DCI\): fee KES 1,050 \+ e-Citizen fee KES 50 = KES 1,100\. Time: 14 working days/);
  });

  it('send what a citizen who turned SMS updates off asks for, since a request is not an update; an agency\'s update stays suppressed', async () => {
    const off = citizen(DEMO_PHONES.kiswahili);
    await off.dial();
    expect(await off.press('6')).toBe('CON Mipangilio:\n1. Lugha/Language\n2. Zima SMS za taarifa\n0 Rudi');
    expect(await off.press('2')).toMatch(/^CON SMS za taarifa zimezimwa\./);
    const details = citizen(DEMO_PHONES.kiswahili);
    await details.dial();
    await details.press('1');
    await details.press('3');
    const results = await details.press('pasipoti');
    await details.press((await findOption(details.press, results, 'Pasipoti')).option);
    expect(await details.press('98')).toContain('1. Nitumie haya kwa SMS');
    expect(await details.press('1')).toMatch(/^CON Tutakutumia maelezo kwa SMS hivi punde\./);
    const pay = citizen(DEMO_PHONES.kiswahili);
    await pay.dial();
    await pay.press('5');
    await pay.press('EC31500421');
    expect(await pay.press('1')).toMatch(/^CON Tutakutumia maelekezo kwa SMS hivi punde\./);
    await recordStatusChange(harness.db, { reference: 'EC31500422', status: 'approved', actor: 'DIS', agencyCode: 'DIS', changeKey: 'k1', now: TEST_NOW });
    const states = Object.fromEntries((await outbox(DEMO_PHONES.kiswahili)).map((sms) => [sms.kind, sms.state]));
    expect(states).toEqual({ service_details: 'queued', payment_instructions: 'queued', status_update: 'suppressed' });
  });
});

describe('check application status', () => {
  it('offers to pay when a fee is due', async () => {
    const reply = await postHop(harness.app, { sessionId: 's1', phoneNumber: DEMO_PHONES.kiswahili, text: '2*31500421' });
    expect(reply.body).toBe('CON EC31500421: Cheti cha Kuzaliwa\nHali: Limepokelewa\nIlisasishwa: 20/11/2026\nTutakutumia SMS hali yake ikibadilika.\n1. Lipa KES 55\n0 Rudi\n00 Menyu kuu');
    const pay = await postHop(harness.app, { sessionId: 's1', phoneNumber: DEMO_PHONES.kiswahili, text: '2*31500421*1' });
    expect(pay.body).toMatch(/^CON Lipia ombi EC31500421 KES 55:\nM-Pesa > Lipa na M-Pesa > Pay Bill\nNambari ya biashara: 222222\n/);
  });
});

describe('my applications', () => {
  it('lists the phone\'s applications newest first, and shows one with its history', async () => {
    const c = citizen(DEMO_PHONES.english);
    await c.dial();
    const list = await c.press('3');
    expect(list).toMatch(/^CON Your applications:\n1\. .+ - Rejected\n2\. .+ - Approved\n/);
    const details = await c.press('1');
    expect(details).toMatch(/^CON EC20418378: .+\nStatus: Rejected \(19\/11\/2026\)\nReason: the business name is already registered\nHistory:\n98 More\n0 Back\n00 Main menu$/);
    expect(await c.press('98')).toBe('CON 17/11 Received, 19/11 Rejected\n0 Back\n00 Main menu');
  });

  it('tells a phone with no applications how to apply', async () => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    expect(await c.press('3')).toMatch(/^CON This phone number has no applications yet\./);
  });
});

describe('apply by phone', () => {
  async function applyForBirthCertificate(sessionId: string) {
    const c = citizen(DEMO_PHONES.english, sessionId);
    await c.dial();
    const list = await c.press('4');
    const choice = await findOption(c.press, list, 'Birth Certificate');
    expect(await c.press(choice.option)).toBe('CON Enter your national ID number:\n0 Back\n00 Main menu');
    expect(await c.press('123')).toBe('CON An ID number has 6 to 8 digits.\nEnter your national ID number:\n0 Back\n00 Main menu');
    expect(await c.press('12345678')).toBe('CON Enter your full name as on your ID:\n0 Back\n00 Main menu');
    const counties = await c.press('Amina Wanjiru');
    expect(counties).toMatch(/^CON Choose your county, or type its name:\n1\. Baringo\n2\. Bomet\n/);
    const centres = await c.press('kaka');
    expect(centres).toMatch(/^CON Where will you collect it\?\n1\. Eldoret\n/);
    const summary = await c.press('1');
    expect(summary).toBe('CON Birth Certificate\nID: 12345678\nName: Amina Wanjiru\nCounty: Kakamega\nCollect at: Eldoret\nTo pay: KES 55\n1. Confirm\n2. Cancel\n0 Back\n00 Main menu');
    return { c, summary };
  }

  it('collects the fields, confirms, and ends with a new reference and a queued SMS', async () => {
    const { c } = await applyForBirthCertificate('apply-1');
    const done = await c.press('1');
    const reference = /reference is (EC\d{8})\./.exec(done)?.[1];
    expect(done).toMatch(/^END Application received\. Your reference is EC\d{8}\. We will SMS you when its status changes\./);
    const row = await harness.db.select().from(applications).where(eq(applications.reference, reference!)).get();
    expect(row).toMatchObject({ applicantPhone: DEMO_PHONES.english, status: 'submitted', channel: 'ussd', feeDueKes: 50 });
    expect(JSON.parse(row!.answers!)).toEqual({ national_id: '12345678', full_name: 'Amina Wanjiru', county: 'Kakamega', collection_centre: 'Eldoret' });
    const events = await harness.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, row!.id)).all();
    expect(events).toMatchObject([{ status: 'submitted', actor: 'citizen' }]);
    const sms = (await outbox(DEMO_PHONES.english)).filter((message) => message.kind === 'application_received');
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toBe(`e-Citizen: we received your application for Birth Certificate. Reference ${reference}. Check its status on *2222#.`);
  });

  it('creates one application when the confirmation is repeated, retransmitted or replayed', async () => {
    const { c } = await applyForBirthCertificate('apply-2');
    const done = await c.press('1');
    const text = (await harness.sqlite.prepare("select last_text from ussd_sessions where session_id = 'apply-2'").get() as { last_text: string }).last_text;
    expect((await postHop(harness.app, { sessionId: 'apply-2', phoneNumber: DEMO_PHONES.english, text })).body).toBe(done);
    harness.sqlite.prepare("delete from ussd_sessions where session_id = 'apply-2'").run();
    expect((await postHop(harness.app, { sessionId: 'apply-2', phoneNumber: DEMO_PHONES.english, text })).body).toBe(done);
    const made = await harness.db.select({ n: count() }).from(applications).where(and(eq(applications.applicantPhone, DEMO_PHONES.english), eq(applications.channel, 'ussd'))).get();
    expect(made?.n).toBe(2);
    const sms = (await outbox(DEMO_PHONES.english)).filter((message) => message.kind === 'application_received');
    expect(sms).toHaveLength(1);
  });

  it('creates nothing when the citizen cancels', async () => {
    const { c } = await applyForBirthCertificate('apply-3');
    expect(await c.press('2')).toBe('END Application cancelled. Nothing was sent.');
    expect(await outbox(DEMO_PHONES.english)).toEqual([]);
  });

  it.each([
    ['en', NEW_PHONE, 'tax compliance', 'Apply now', /^CON Tax Compliance Certificate\nID: 12345678\nName: Amina\nCounty: Kakamega\nCollect at: Eldoret\n1\. Confirm\n2\. Cancel\n/, /^END Application received\. Your reference is EC\d{8}\. We will SMS you when its status changes\.$/],
    ['sw', DEMO_PHONES.kiswahili, 'utiifu wa kodi', 'Omba sasa', /^CON Cheti cha Utiifu wa Kodi\nKitambulisho: 12345678\nJina: Amina\nKaunti: Kakamega\nMahali pa kuchukua: Eldoret\n1\. Thibitisha\n2\. Ghairi\n/, /^END Ombi limepokelewa\. Nambari ya ombi lako ni EC\d{8}\. Tutakutumia SMS hali yake ikibadilika\.$/],
  ])('says nothing about paying for a service with nothing to pay, KES 0 (%s)', async (_, number, word, applyNow, summary, done) => {
    const c = citizen(number);
    await c.dial();
    await c.press('1');
    await c.press('3');
    const results = await c.press(word);
    const details = await c.press((await findOption(c.press, results, '(KRA)')).option);
    expect(details).toMatch(/(Fee|Ada): KES 0\n/);
    await c.press((await findOption(c.press, details, applyNow)).option);
    await c.press('12345678');
    await c.press('Amina');
    await c.press('kaka');
    const confirm = await c.press('eld');
    expect(confirm).toMatch(summary);
    expect(confirm).not.toMatch(/To pay|Malipo|KES/);
    const end = await c.press('1');
    expect(end).toMatch(done);
    expect(end).not.toMatch(/pay|Lipia/i);
  });

  it('tells a citizen who applies again the same day with the same answers of the first reference, and makes nothing unless asked', async () => {
    const first = await (await applyForBirthCertificate('same-1')).c.press('1');
    const reference = /reference is (EC\d{8})\./.exec(first)![1]!;
    const again = citizen(DEMO_PHONES.english, 'same-2');
    await again.dial();
    await again.press((await findOption(again.press, await again.press('4'), 'Birth Certificate')).option);
    for (const answer of ['12345678', 'Amina Wanjiru', 'kaka']) await again.press(answer);
    expect(await again.press('1')).toBe(`CON You already applied for Birth Certificate today: ${reference}.\n1. Apply again\n2. Keep the first one\n0 Back\n00 Main menu`);
    expect(await again.press('2')).toBe(`END Nothing new was sent. Your reference is ${reference}.`);
    const other = citizen(DEMO_PHONES.english, 'same-3');
    await other.dial();
    await other.press((await findOption(other.press, await other.press('4'), 'Birth Certificate')).option);
    for (const answer of ['12345678', 'Wanjiru Amina', 'kaka']) await other.press(answer);
    expect(await other.press('1'), 'other answers (another child, say) are another application').toMatch(/^CON Birth Certificate\nID: 12345678\nName: Wanjiru Amina\n/);
    const made = await harness.db.select({ n: count() }).from(applications).where(and(eq(applications.applicantPhone, DEMO_PHONES.english), eq(applications.channel, 'ussd'))).get();
    expect(made?.n).toBe(2);
  });

  it('offers to apply from the details of a service that allows it', async () => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    await c.press('1');
    await c.press('3');
    const results = await c.press('birth');
    const choice = await findOption(c.press, results, 'Birth Certificate (CRS)');
    const details = await c.press(choice.option);
    const last = details.includes('\n98 ') ? await c.press('98') : details;
    expect(last).toMatch(/\n1\. Send me these by SMS\n2\. Apply now\n0 Back\n00 Main menu$/);
    expect(await c.press('2')).toBe('CON Enter your national ID number:\n0 Back\n00 Main menu');
  });
});

describe('pay', () => {
  it('shows the paybill instructions and sends them by SMS, in Kiswahili', async () => {
    const c = citizen(DEMO_PHONES.kiswahili);
    await c.dial();
    expect(await c.press('5')).toBe('CON Weka nambari ya ombi unalotaka kulipia:\n0 Rudi');
    expect(await c.press('ec-3150-0421')).toBe(
      'CON Lipia ombi EC31500421 KES 55:\nM-Pesa > Lipa na M-Pesa > Pay Bill\nNambari ya biashara: 222222\nNambari ya akaunti: EC31500421\n98 Zaidi\n0 Rudi\n00 Menyu kuu',
    );
    expect(await c.press('98')).toBe('CON Kiasi: 55\n1. Nitumie haya kwa SMS\n0 Rudi\n00 Menyu kuu');
    expect(await c.press('1')).toBe('CON Tutakutumia maelekezo kwa SMS hivi punde.\n0 Rudi\n00 Menyu kuu');
    const [sms] = await outbox(DEMO_PHONES.kiswahili);
    expect(sms).toMatchObject({ kind: 'payment_instructions', language: 'sw' });
    expect(sms!.body).toBe('Lipia ombi EC31500421 (Cheti cha Kuzaliwa) KES 55: M-Pesa > Lipa na M-Pesa > Pay Bill. Nambari ya biashara 222222, akaunti EC31500421.');
  });

  it('says when nothing is due', async () => {
    const reply = await postHop(harness.app, { sessionId: 'p2', phoneNumber: DEMO_PHONES.english, text: '5*EC20418375' });
    expect(reply.body).toBe('CON Nothing is due for EC20418375: Under review.\n0 Back\n00 Main menu');
  });
});

describe('settings and help', () => {
  it('turns SMS updates off and on again, remembered by phone number', async () => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    await c.press('6');
    await c.press('2');
    expect((await harness.db.select().from(citizens).where(eq(citizens.phone, NEW_PHONE)).get())?.smsOptOut).toBe(true);
    await c.press('00');
    expect(await c.press('6')).toBe('CON Settings:\n1. Language/Lugha\n2. Turn SMS updates on\n0 Back');
    expect(await c.press('2')).toBe('CON SMS updates are on. We will SMS you when the status of your applications changes.\n0 Back\n00 Main menu');
    expect((await harness.db.select().from(citizens).where(eq(citizens.phone, NEW_PHONE)).get())?.smsOptOut).toBe(false);
  });

  it.each([
    ['en', NEW_PHONE, /^CON e-Citizen on \*2222#: find government services/],
    ['sw', DEMO_PHONES.kiswahili, /^CON e-Citizen kwa \*2222#: tafuta huduma za serikali/],
  ])('explains the service in %s', async (_, number, text) => {
    const c = citizen(number);
    await c.dial();
    expect(await c.press('7')).toMatch(text);
  });
});

describe('a paged list walked to its end and back', () => {
  it('shows every live agency once, alphabetically, then pages back to the first', async () => {
    const c = citizen(NEW_PHONE);
    await c.dial();
    await c.press('1');
    const pages = [await c.press('1')];
    while (pages.at(-1)!.includes('\n98 More')) pages.push(await c.press('98'));
    expect(await c.press('98')).toBe(`CON No more.\n${pages.at(-1)!.slice(4)}`);
    const names = pages.flatMap((page) => page.split('\n').filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/^\d+\. /, '')));
    const live = harness.sqlite.prepare("select short_name_en as name from agencies where onboarding_state = 'live'").all() as { name: string }[];
    expect(names).toHaveLength(live.length);
    expect(new Set(names).size).toBe(names.length);
    const caseless = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    expect([...names].sort(caseless)).toEqual(names);
    let screen = '';
    for (let page = pages.length - 1; page > 0; page -= 1) screen = await c.press('0');
    expect(screen).toBe(pages[0]);
  });
});

describe('every journey in Kiswahili', () => {
  it.each([
    ['find by agency', ['1', '1'], /^CON Chagua taasisi:\n1\. /],
    ['search', ['1', '3', 'pasipoti'], /^CON Huduma zinazolingana na pasipoti:\n1\. .*Pasipoti/],
    ['status', ['2', 'EC31500422'], /^CON EC31500422: .+\nHali: Linashughulikiwa\nIlisasishwa: 13\/11\/2026\nTutakutumia SMS hali yake ikibadilika\.\n0 Rudi\n00 Menyu kuu$/],
    ['my applications', ['3'], /^CON Maombi yako:\n1\. Cheti cha Kuzaliwa - Limepokelewa\n/],
    ['apply', ['4', '1', '12345678', 'Amina', 'kaka', '1'], /^CON Cheti cha Kifo\nKitambulisho: 12345678\nJina: Amina\nKaunti: Kakamega\nMahali pa kuchukua: Eldoret\nMalipo: KES 55\n1\. Thibitisha\n2\. Ghairi\n0 Rudi\n00 Menyu kuu$/],
    ['apply, confirmed', ['4', '1', '12345678', 'Amina', 'kaka', '1', '1'], /^END Ombi limepokelewa\. Nambari ya ombi lako ni EC\d{8}\. Tutakutumia SMS hali yake ikibadilika\./],
    ['pay', ['5', 'EC31500421'], /^CON Lipia ombi EC31500421 KES 55:\n/],
    ['settings', ['6'], /^CON Mipangilio:\n1\. Lugha\/Language\n2\. Zima SMS za taarifa\n0 Rudi$/],
    ['settings, SMS off', ['6', '2'], /^CON SMS za taarifa zimezimwa\./],
    ['help', ['7'], /^CON e-Citizen kwa \*2222#/],
  ])('%s', async (_, inputs, last) => {
    const c = citizen(DEMO_PHONES.kiswahili);
    let screen = await c.dial();
    for (const input of inputs) screen = await c.press(input);
    expect(screen).toMatch(last);
  });
});
