import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

/** One hop through the Worker's own fetch handler, against the local D1 migrated in setup. */
async function hop(sessionId: string, phoneNumber: string, text: string) {
  const response = await exports.default.fetch(
    new Request('http://worker.test/ussd', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sessionId, serviceCode: '*2222#', phoneNumber, networkCode: '63902', text }),
    }),
  );
  return { status: response.status, body: await response.text() };
}

describe('the Worker on D1', () => {
  it('runs the same conversation as Node: menu, a service fee, and back', async () => {
    const first = await hop('w1', '+254711000111', '');
    expect(first).toEqual({ status: 200, body: expect.stringMatching(/^CON Welcome to e-Citizen\n1\. Find a service/) });

    expect((await hop('w1', '+254711000111', '1')).body).toMatch(/^CON Find a service by:/);
    const agencies = await hop('w1', '+254711000111', '1*1');
    expect(agencies.body).toMatch(/^CON Choose an agency:\n1\. /);
    const services = await hop('w1', '+254711000111', '1*1*1');
    expect(services.body).toMatch(/^CON .+:\n1\. /);
    const details = await hop('w1', '+254711000111', '1*1*1*1');
    expect(details.body).toMatch(/Fee: KES [\d,]+/);
    const back = await hop('w1', '+254711000111', '1*1*1*1*0');
    expect(back.body).toBe(services.body);
  });

  it.each([
    { lang: 'en', phone: '+254711000111', heading: 'Choose a category:', first: 'Agriculture' },
    { lang: 'sw', phone: '+254722000222', heading: 'Chagua aina ya huduma:', first: 'Afya' },
  ])('lists the categories that have live services, and a category\'s services ($lang)', async ({ lang, phone, heading, first }) => {
    // D1 refuses a compound SELECT of more than five arms: the category list once ended in an apology here.
    const categories = await hop(`wc-${lang}`, phone, '1*2');
    expect(categories.body).toMatch(new RegExp(`^CON ${heading}\\n1\\. ${first}\\n2\\. `));
    expect((await hop(`wc-${lang}`, phone, '1*2*1')).body).toMatch(new RegExp(`^CON ${first}:\\n1\\. .+ \\([A-Z]+\\)`));
  });

  it('finds services by a typed word through the trigram index, and by a two-letter one without it', async () => {
    const found = await hop('w6', '+254733000601', '1*3*pasipoti');
    expect(found.body).toMatch(/^CON Services matching pasipoti:\n1\. .*Passport/);
    const short = await hop('w7', '+254733000602', '1*3*ec');
    expect(short.body).toMatch(/^CON Services matching ec:\n1\. /);
    // The index follows the table: a renamed service is found by its new name.
    await env.DB.prepare(`update services set name_en = 'Orbital Launch Permit' where code = (select code from services where agency_code = 'KSA' limit 1) and agency_code = 'KSA'`).run();
    expect((await hop('w8', '+254733000603', '1*3*orbital launch')).body).toMatch(/Orbital Launch Permit \(KSA\)/);
  });

  it('shows an application only to the phone that applied', async () => {
    const mine = await hop('w2', '+254711000111', '2*EC20418375');
    expect(mine.body).toMatch(/Status: Under review/);
    const theirs = await hop('w3', '+254722000222', '2*EC20418375');
    expect(theirs.body).toMatch(/Hakuna ombi EC20418375/);
  });

  it('returns the stored reply for a retransmitted hop', async () => {
    const once = await hop('w4', '+254722000222', '1*1');
    const again = await hop('w4', '+254722000222', '1*1');
    expect(again).toEqual(once);
    expect(once.body).toMatch(/^CON Chagua taasisi:/);
  });

  it('creates an application, its event and its SMS in one D1 batch, once', async () => {
    const text = '4*1*12345678*Amina Wanjiru*kaka*1*1';
    const done = await hop('w5', '+254711000111', text);
    expect(done.body).toMatch(/^END Application received\. Your reference is EC\d{8}\./);
    expect((await hop('w5', '+254711000111', text)).body).toBe(done.body);
    const reference = /EC\d{8}/.exec(done.body)![0];
    const rows = await env.DB.prepare(
      `select (select count(*) from applications where reference = ?1) as applications,
              (select count(*) from application_events e join applications a on a.id = e.application_id where a.reference = ?1) as events,
              (select count(*) from sms_outbox s join applications a on a.id = s.application_id
                 where a.reference = ?1 and s.kind = 'application_received' and s.body like '%' || ?1 || '%') as sms`,
    ).bind(reference).first();
    // The event and the SMS found the new application by its key within the batch.
    expect(rows).toEqual({ applications: 1, events: 1, sms: 1 });
  });

  it('refuses a malformed callback with 400', async () => {
    const response = await exports.default.fetch(
      new Request('http://worker.test/ussd', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    );
    expect(response.status).toBe(400);
  });
});
