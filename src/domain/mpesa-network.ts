import { KENYAN_NETWORKS } from './screen-limits.js';

/** Safaricom, whose lines M-Pesa serves. */
export const MPESA_NETWORK = '63902';

/**
 * Whether a push can reach the phone this hop came from: not when the hop names another Kenyan
 * network (an Airtel or Telkom line has no M-Pesa to prompt; its citizen pays by paybill from
 * another phone). A hop with no network code or an unknown one is offered the push: if it cannot
 * be delivered the citizen gets the failure SMS with the paybill instructions.
 */
export function canPromptMpesa(network: string | null | undefined): boolean {
  return !network || network === MPESA_NETWORK || KENYAN_NETWORKS[network] === undefined;
}
