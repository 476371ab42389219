import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { applications, citizens, ussdSessions } from '../../src/db/schema.js';
import { createTestApp } from '../support/test-app.js';
import { findOption, phone, postHop } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

describe('the first hop', () => {
  it.each([
    ['Airtel (182 characters a screen)', '63903', 'CON Welcome to e-Citizen\n1. Find a service\n2. Check application status\n3. My applications\n4. Apply for a service\n5. Pay for an application\n6. Lugha/Language, SMS\n7. Help'],
    ['Safaricom (160: the rest on the next screen)', '63902', 'CON Welcome to e-Citizen\n1. Find a service\n2. Check application status\n3. My applications\n4. Apply for a service\n5. Pay for an application\n98 More'],
  ])('answers CON and a numbered main menu as text/plain, on %s', async (_, networkCode, menu) => {
    const reply = await postHop(harness.app, { sessionId: 'h1', phoneNumber: '+254733000333', networkCode, text: '' });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/plain/);
    expect(reply.body).toBe(menu);
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
      'CON EC20418376: Passport 34 Pages (Ordinary)\nStatus: Ready for collection\nUpdated: 19/11/2026\nCollect at Nyayo House, Nairobi with your ID.\n0 Back'.replace(
        'Passport 34 Pages (Ordinary)',
        (await harness.sqlite.prepare("select name_en from services where code = 'PASSPORT-34'").get() as { name_en: string }).name_en,
      ),
    );
  });

  it('shows the reason of a rejection, in Kiswahili for a Kiswahili phone', async () => {
    const reply = await postHop(harness.app, { sessionId: 'k1', phoneNumber: DEMO_PHONES.kiswahili, text: '2*EC31500421' });
    expect(reply.body).toMatch(/^CON EC31500421: .+\nHali: Limepokelewa\nIlisasishwa: 20\/11\/2026\nTutakutumia SMS/);
  });

  it('tells another phone the same as for a reference that does not exist', async () => {
    const someoneElse = await postHop(harness.app, { sessionId: 'w1', phoneNumber: '+254733000333', text: '2*EC20418375' });
    const nobody = await postHop(harness.app, { sessionId: 'w2', phoneNumber: '+254733000333', text: '2*EC99999999' });
    expect(someoneElse.body).toBe('CON No application EC20418375 was found for this phone number.\n1. Try another reference\n0 Back');
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
    expect(await citizen.press('1')).toBe('CON Choose your language:\n1. English\n2. Kiswahili\n0 Back');
    expect(await citizen.press('2')).toBe('CON Karibu e-Citizen\n1. Tafuta huduma\n2. Angalia hali ya ombi\n3. Maombi yangu\n4. Omba huduma\n5. Lipia ombi\n6. Lugha/Language, SMS\n7. Msaada');
    const row = await harness.db.select().from(citizens).where(eq(citizens.phone, '+254733000333')).get();
    expect(row?.language).toBe('sw');
    expect(await phone(harness.app, '0733000333').dial()).toMatch(/^CON Karibu e-Citizen/);
  });
});
