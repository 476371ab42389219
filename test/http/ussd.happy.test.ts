import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { applications, citizens, smsOutbox, ussdSessions } from '../../src/db/schema.js';
import { createTestApp } from '../support/test-app.js';
import { findOption, phone, postHop } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

describe('the first hop', () => {
  it.each([
    ['Airtel (182 characters a screen)', '63903'],
    ['Safaricom (160: the main menu is written to fit it)', '63902'],
  ])('answers CON and a numbered main menu as text/plain, on %s', async (_, networkCode) => {
    const reply = await postHop(harness.app, { sessionId: 'h1', phoneNumber: '+254733000333', networkCode, text: '' });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/plain/);
    expect(reply.body).toBe('CON Welcome to e-Citizen\n1. Find a service\n2. Application status\n3. My applications\n4. Apply for a service\n5. Pay for an application\n6. Lugha/Language, SMS\n7. Help');
  });

  it('greets a phone that chose Kiswahili in Kiswahili', async () => {
    const reply = await phone(harness.app, DEMO_PHONES.kiswahili).dial();
    expect(reply).toBe('CON Karibu e-Citizen\n1. Tafuta huduma\n2. Angalia hali ya ombi\n3. Maombi yangu\n4. Omba huduma\n5. Lipia ombi\n6. Lugha/Language, SMS\n7. Msaada');
  });

  it('accepts the phone number in 07.. form and stores it in E.164', async () => {
    await postHop(harness.app, { sessionId: 'h2', phoneNumber: '0733000333', text: '' });
    const row = await harness.db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, 'h2')).get();
    expect(row?.phone).toBe('+254733000333');
  });
});

describe.each([
  ['en', '+254733000333', 'DCI - Good Conduct', 'Certificate of Good Conduct', /Fee: KES 1,050\ne-Citizen fee: KES 50\nTotal: KES 1,100\nTime: 14 working days/],
  ['sw', DEMO_PHONES.kiswahili, 'DCI - Tabia Njema', 'Cheti cha Tabia Njema', /Ada: KES 1,050\nAda ya e-Citizen: KES 50\nJumla: KES 1,100\nMuda: Siku 14 za kazi/],
])('finding a service in %s', (_, number, agency, service, details) => {
  it('walks from the main menu to the fee and back', async () => {
    const citizen = phone(harness.app, number);
    await citizen.dial();
    await citizen.press('1');
    const agencies = await citizen.press('1');
    const agencyChoice = await findOption(citizen.press, agencies, agency);
    const services = await citizen.press(agencyChoice.option);
    expect(services).toMatch(new RegExp(`^CON ${agency}:\\n1\\. `));
    const serviceChoice = await findOption(citizen.press, services, service);
    const screen = await citizen.press(serviceChoice.option);
    expect(screen).toMatch(new RegExp(`^CON ${service}\\n`));
    expect(screen).toMatch(details);
    expect(await citizen.press('0')).toBe(serviceChoice.page);
    expect(await citizen.press('0')).toBe(agencyChoice.page);
    expect(await citizen.press('00')).toMatch(/^CON (Welcome to|Karibu) e-Citizen/);
  });
});

describe('checking an application status', () => {
  it('shows the service, status, last update and next step to the applicant', async () => {
    const citizen = phone(harness.app, DEMO_PHONES.english);
    await citizen.dial();
    expect(await citizen.press('2')).toBe('CON Enter your application reference, e.g. EC20418375:\n0 Back');
    expect(await citizen.press('ec-2041 8376')).toBe(
      'CON EC20418376: Passport 34 Pages (Ordinary)\nStatus: Ready for collection\nUpdated: 19/11/2026\nCollect it at Nyayo House, Nairobi with\n98 More\n0 Back\n00 Main menu'.replace(
        'Passport 34 Pages (Ordinary)',
        (await harness.sqlite.prepare("select name_en from services where code = 'PASSPORT-34'").get() as { name_en: string }).name_en,
      ),
    );
    expect(await citizen.press('98'), "the next step goes on past Safaricom's 160").toBe('CON your ID.\n0 Back\n00 Main menu');
  });

  it('shows the reason of a rejection, in Kiswahili for a Kiswahili phone', async () => {
    const reply = await postHop(harness.app, { sessionId: 'k1', phoneNumber: DEMO_PHONES.kiswahili, text: '2*EC31500421' });
    expect(reply.body).toMatch(/^CON EC31500421: .+\nHali: Limepokelewa\nIlisasishwa: 20\/11\/2026\nTutakutumia SMS/);
  });

  it('tells another phone the same as for a reference that does not exist', async () => {
    const someoneElse = await postHop(harness.app, { sessionId: 'w1', phoneNumber: '+254733000333', text: '2*EC20418375' });
    const nobody = await postHop(harness.app, { sessionId: 'w2', phoneNumber: '+254733000333', text: '2*EC99999999' });
    expect(someoneElse.body).toBe('CON No application EC20418375 was found for this phone number.\n1. Try another reference\n0 Back\n00 Main menu');
    expect(nobody.body).toBe(someoneElse.body.replace('EC20418375', 'EC99999999'));
  });

  it('asks again for a malformed reference, then gives up after three tries', async () => {
    const citizen = phone(harness.app, DEMO_PHONES.english);
    await citizen.dial();
    await citizen.press('2');
    expect(await citizen.press('12')).toBe('CON That is not a valid reference.\nEnter your application reference, e.g. EC20418375:\n0 Back');
    await citizen.press('#');
    expect(await citizen.press('x')).toMatch(/^END Please check the reference on your receipt/);
  });
});

describe('sessions', () => {
  it('returns the stored reply to a retransmitted hop without running it again', async () => {
    const first = await postHop(harness.app, { sessionId: 'r1', phoneNumber: DEMO_PHONES.english, text: '2*EC20418375' });
    await harness.db.update(applications).set({ status: 'approved' }).where(eq(applications.reference, 'EC20418375'));
    const repeated = await postHop(harness.app, { sessionId: 'r1', phoneNumber: DEMO_PHONES.english, text: '2*EC20418375' });
    expect(repeated.body).toBe(first.body);
    expect(first.body).toContain('Status: Under review');
  });

  it('answers a hop that arrives after the END of its session with that END, reference and all', async () => {
    const citizen = phone(harness.app, DEMO_PHONES.english, 'after-end');
    await citizen.dial();
    await citizen.press('4');
    for (const input of ['1', '12345678', 'Amina', 'kaka', 'eld']) await citizen.press(input);
    const done = await citizen.press('1');
    expect(done).toMatch(/^END Application received\. Your reference is EC\d{8}\./);
    expect(await citizen.press('1')).toBe(done);
    expect(await citizen.press('00')).toBe(done);
  });

  it('answers a dial string (*2222*2*20418375#) on the first hop by replaying its inputs', async () => {
    const reply = await postHop(harness.app, { sessionId: 'd1', phoneNumber: DEMO_PHONES.english, text: '2*20418375' });
    expect(reply.body).toMatch(/^CON EC20418375: Certificate of Good Conduct\nStatus: Under review/);
  });

  it('carries on a session another instance started (or a restart lost) from its text', async () => {
    const citizen = phone(harness.app, DEMO_PHONES.english, 'lost');
    await citizen.dial();
    await citizen.press('1');
    const expected = await postHop(harness.app, { sessionId: 'kept', phoneNumber: DEMO_PHONES.english, text: '1*2' });
    await harness.db.delete(ussdSessions).where(eq(ussdSessions.sessionId, 'lost'));
    expect(await citizen.press('2')).toBe(expected.body);
  });

  it('keeps a free-text input that contains * whole when it extends the last hop', async () => {
    const citizen = phone(harness.app, DEMO_PHONES.english);
    await citizen.dial();
    await citizen.press('2');
    expect(await citizen.press('EC2041*8375')).toMatch(/That is not a valid reference/);
  });

  it('remembers a language choice for the next session', async () => {
    const citizen = phone(harness.app, '+254733000333');
    await citizen.dial();
    expect(await citizen.press('6')).toBe('CON Settings:\n1. Language/Lugha\n2. Turn SMS updates off\n0 Back');
    expect(await citizen.press('1')).toBe('CON Choose your language:\n1. English\n2. Kiswahili\n0 Back\n00 Main menu');
    expect(await citizen.press('2')).toBe('CON Karibu e-Citizen\n1. Tafuta huduma\n2. Angalia hali ya ombi\n3. Maombi yangu\n4. Omba huduma\n5. Lipia ombi\n6. Lugha/Language, SMS\n7. Msaada');
    const row = await harness.db.select().from(citizens).where(eq(citizens.phone, '+254733000333')).get();
    expect(row?.language).toBe('sw');
    expect(await phone(harness.app, '0733000333').dial()).toMatch(/^CON Karibu e-Citizen/);
  });
});

describe('a hop whose serviceCode is empty (some gateways and testers send none)', () => {
  it.each([
    ['en', '+254733000333', 'CON e-Citizen on *384*22#: find', 'Check its status on *384*22#.'],
    ['sw', DEMO_PHONES.kiswahili, 'CON e-Citizen kwa *384*22#: tafuta', 'Angalia hali yake kwa kupiga *384*22#.'],
  ])('names USSD_SERVICE_CODE in Help and in the confirmation SMS (%s)', async (_, number, help, sms) => {
    const own = await createTestApp({ serviceCode: '*384*22#' });
    try {
      const press = async (sessionId: string, inputs: string[]) => {
        let reply = '';
        for (let n = 0; n <= inputs.length; n += 1) reply = (await postHop(own.app, { sessionId, phoneNumber: number, text: inputs.slice(0, n).join('*'), serviceCode: '' })).body;
        return reply;
      };
      expect(await press('help', ['7'])).toMatch(new RegExp(`^${help.replace(/[*]/g, '\\*')}`));
      expect(await press('apply', ['4', '1', '12345678', 'Amina', 'kaka', 'eld', '1'])).toMatch(/^END /);
      const [confirmation] = await own.db.select().from(smsOutbox).where(eq(smsOutbox.kind, 'application_received')).all();
      expect(confirmation!.body.endsWith(sms)).toBe(true);
    } finally {
      own.close();
    }
  });
});
