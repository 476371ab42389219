export interface BannerFacts {
  /** Where this server answers, e.g. http://127.0.0.1:3000. */
  url: string;
  databasePath: string;
  /** Where SMS go, in words. */
  sms: string;
  simulator: boolean;
  /** Whether CALLBACK_SECRET is set: the banner shows where it goes, never what it is. */
  callbackSecret: boolean;
}

/**
 * What `npm start` prints once it listens: the URLs an operator pastes into Africa's Talking's
 * dashboard and the ones a developer opens. The secret appears only as a placeholder: the
 * banner ends up in logs (journald, a shipper) that more people read than hold the secret.
 */
export function startupBanner(facts: BannerFacts): string[] {
  const secret = facts.callbackSecret ? '?secret=<CALLBACK_SECRET>' : '';
  const lines = [
    `e-Citizen USSD is listening on ${facts.url}   (database ${facts.databasePath})`,
    `  USSD callback:  POST ${facts.url}/ussd${secret}`,
    `  Africa's Talking dashboard: https://<your host>/ussd${secret}; /ussd/events, /sms/delivery, /sms/inbound likewise` +
      (facts.callbackSecret ? '' : ' (no CALLBACK_SECRET: anyone may call them; production requires it)'),
    `  API docs:       ${facts.url}/api/v1/docs   (OpenAPI: ${facts.url}/api/v1/openapi.json)`,
    `  SMS:            ${facts.sms}`,
  ];
  if (facts.simulator) lines.push(`  Simulator:      ${facts.url}/simulator   (SIMULATOR=on: development only)`);
  // $CALLBACK_SECRET: the shell fills it in from the environment the server was started with, if the reader has it.
  const tryUrl = facts.callbackSecret ? `'${facts.url}/ussd?secret='"$CALLBACK_SECRET"` : `${facts.url}/ussd`;
  lines.push(`  Try it:         curl -d 'sessionId=demo1&serviceCode=*2222%23&phoneNumber=%2B254711000111&text=' ${tryUrl}`);
  return lines;
}
