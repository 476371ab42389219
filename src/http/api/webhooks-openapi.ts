import { z } from 'zod';
import { WEBHOOK_DELIVERY_STATES, WEBHOOK_ENDPOINTS_PER_AGENCY, WEBHOOK_EVENT_TYPES } from '../../domain/webhook-event-types.js';
import { DeliveriesQuery, WebhookEndpointBody } from './webhooks-route.js';

/**
 * The webhook routes in the OpenAPI document: their paths and schemas, spread into it by
 * openapi-document.ts, written from the same zod schemas the routes validate with.
 */

const WebhookEndpoint = z.object({
  id: z.string().describe('we_...'),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  createdAt: z.iso.datetime(),
});
const WebhookEndpointCreated = WebhookEndpoint.extend({ secret: z.string().describe('whsec_...: signs every delivery; shown only in this answer') });
const WebhookEndpointList = z.object({ endpoints: z.array(WebhookEndpoint) });
const WebhookDeliveryList = z.object({
  deliveries: z.array(
    z.object({
      id: z.number().int(),
      eventId: z.string().describe('evt_...: the same on every attempt'),
      eventType: z.enum(WEBHOOK_EVENT_TYPES),
      status: z.enum(WEBHOOK_DELIVERY_STATES),
      attempts: z.number().int(),
      lastStatusCode: z.number().int().nullable(),
      lastError: z.string().nullable(),
      nextAttemptAt: z.iso.datetime().nullable(),
      deliveredAt: z.iso.datetime().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
  nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last'),
});

const SCHEMAS = { WebhookEndpointBody, WebhookEndpoint, WebhookEndpointCreated, WebhookEndpointList, WebhookDeliveryList } as const;

/** A body by its name in the document's schemas (`Error` is the document's own). */
const json = (name: keyof typeof SCHEMAS | 'Error') => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });
const error = (description: string) => ({ description, ...json('Error') });
const COMMON = { 401: error('Missing, unknown or revoked key'), 403: error('A valid key of the wrong kind'), 429: error('Over the rate limit; see Retry-After') };
const pathParameter = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const query = Object.entries(z.toJSONSchema(DeliveriesQuery, { io: 'input' }).properties ?? {}).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));

/** The same operations for an agency (its own key) and for the operator acting for an agency. */
function operations(security: 'agencyKey' | 'operatorKey', agencyParameter: object[]) {
  const who = security === 'agencyKey' ? 'your' : "the agency's";
  const secure = { security: [{ [security]: [] }] };
  return {
    '': {
      post: {
        summary: `Register an HTTPS endpoint for ${who} webhooks; the answer shows its signing secret, once. At most ${WEBHOOK_ENDPOINTS_PER_AGENCY} per agency.`,
        ...secure,
        parameters: agencyParameter,
        requestBody: { required: true, ...json('WebhookEndpointBody') },
        responses: { 201: { description: 'Registered', ...json('WebhookEndpointCreated') }, 409: error(`Already ${WEBHOOK_ENDPOINTS_PER_AGENCY} endpoints`), 422: error('The URL is refused (not https, credentials, or not a public host), naming url'), ...COMMON },
      },
      get: { summary: `List ${who} webhook endpoints (no secrets)`, ...secure, parameters: agencyParameter, responses: { 200: { description: 'The endpoints', ...json('WebhookEndpointList') }, ...COMMON } },
    },
    '/{id}': {
      delete: { summary: 'Delete an endpoint: it is told of nothing more, and what it was still owed is failed', ...secure, parameters: [...agencyParameter, pathParameter('id')], responses: { 200: { description: 'Deleted' }, 404: error('No such endpoint'), ...COMMON } },
    },
    '/{id}/deliveries': {
      get: {
        summary: "An endpoint's deliveries, newest first: status, attempts, last error, next attempt",
        ...secure,
        parameters: [...agencyParameter, pathParameter('id'), ...query],
        responses: { 200: { description: 'A page of deliveries', ...json('WebhookDeliveryList') }, 400: error('A bad limit or cursor'), 404: error('No such endpoint'), ...COMMON },
      },
    },
  };
}

const prefixed = (prefix: string, paths: Record<string, object>) => Object.fromEntries(Object.entries(paths).map(([path, item]) => [`${prefix}${path}`, item]));

export const webhooksOpenApi = {
  paths: { ...prefixed('/webhooks', operations('agencyKey', [])), ...prefixed('/agencies/{code}/webhooks', operations('operatorKey', [pathParameter('code')])) },
  schemas: Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => {
      const { $schema: _, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
      return [name, jsonSchema];
    }),
  ),
};
