import type { Hono } from 'hono';

/** POSTs Africa's Talking's end-of-session notification: a url-encoded form. */
export async function postSessionEnd(app: Pick<Hono, 'request'>, fields: Record<string, string>, path = '/ussd/events') {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type') };
}

/** A notification as Africa's Talking sends it for a session left on a CON screen. */
export function sessionEnd(sessionId: string, phoneNumber: string, fields: Record<string, string> = {}): Record<string, string> {
  return {
    sessionId,
    serviceCode: '*2222#',
    networkCode: '63902',
    phoneNumber,
    status: 'Incomplete',
    cost: 'KES 0.10',
    date: '2026-11-20 09:01:30',
    durationInMillis: '45000',
    hopsCount: '2',
    input: '2',
    lastAppResponse: 'CON Enter your application reference, e.g. EC20418375:\n0 Back',
    errorMessage: '',
    ...fields,
  };
}
