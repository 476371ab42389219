/**
 * What an agency can be told of by webhook. `application.created`: a citizen applied by phone.
 * The payment events of issue 14 join this list.
 */
export const WEBHOOK_EVENT_TYPES = ['application.created'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A delivery's states: waiting (or waiting to be retried), being sent under a lease, and the two final ones. */
export const WEBHOOK_DELIVERY_STATES = ['queued', 'sending', 'delivered', 'failed'] as const;

/** How many live endpoints one agency may register. */
export const WEBHOOK_ENDPOINTS_PER_AGENCY = 5;
