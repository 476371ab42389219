import type { Hono } from 'hono';

export interface HopFields {
  sessionId: string;
  phoneNumber: string;
  text: string;
  serviceCode?: string;
  networkCode?: string;
}

/** POSTs one hop the way Africa's Talking does: a url-encoded form. */
export async function postHop(app: Pick<Hono, 'request'>, fields: HopFields, path = '/ussd') {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ serviceCode: '*2222#', networkCode: '63902', ...fields }).toString(),
  });
  return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type') };
}

/**
 * A citizen's phone: each `press` sends the whole `text` so far, as Africa's Talking does,
 * and returns the reply.
 */
export function phone(app: Pick<Hono, 'request'>, phoneNumber: string, sessionId = `s-${Math.random().toString(36).slice(2)}`, path = '/ussd') {
  const inputs: string[] = [];
  const send = async () => {
    const reply = await postHop(app, { sessionId, phoneNumber, text: inputs.join('*') }, path);
    if (reply.status !== 200) throw new Error(`hop answered ${reply.status}: ${reply.body}`);
    return reply.body;
  };
  return {
    sessionId,
    dial: () => send(),
    press: (input: string) => {
      inputs.push(input);
      return send();
    },
  };
}

/**
 * The number of the option whose line contains `label` on a screen, paging with 98 through a
 * list until it shows up. Returns the number to press and the page it was found on.
 */
export async function findOption(
  press: (input: string) => Promise<string>,
  screen: string,
  label: string,
  maxPages = 30,
): Promise<{ option: string; page: string }> {
  let current = screen;
  for (let page = 0; page < maxPages; page += 1) {
    const line = current.split('\n').find((candidate) => /^\d+\. /.test(candidate) && candidate.includes(label));
    if (line) return { option: line.slice(0, line.indexOf('.')), page: current };
    if (!current.includes('\n98 ')) break;
    current = await press('98');
  }
  throw new Error(`no option "${label}" on:\n${current}`);
}
