import { z } from 'zod';
import { AgencyBody, AgencyCode } from './agencies-route.js';
import { API_ANSWERS, type ApiAnswerName } from './api-answers.js';
import { ApplicationBody, ApplicationListQuery, ServiceBody, ServiceCode, StatusEventBatchBody, StatusEventBody } from './api-schemas.js';
import { FunnelPeriodQuery } from '../../ussd/ussd-funnel.js';
import { WEBHOOK_ENDPOINTS_PER_AGENCY } from '../../domain/webhook-event-types.js';
import { DeliveriesQuery, WebhookEndpointBody } from './webhooks-route.js';

const ErrorBody = z.object({
  error: z.object({
    code: z.enum(['invalid_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'unprocessable', 'rate_limited', 'unavailable']),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

const BODIES = { ServiceBody, ApplicationBody, StatusEventBody, StatusEventBatchBody, AgencyBody, WebhookEndpointBody } as const;
type BodyName = keyof typeof BODIES;

type Auth = 'agency' | 'operator' | 'none';

/** A success answers with one of API_ANSWERS; an error status with the Error body. */
type Response = string | { description: string; answer: ApiAnswerName };

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  auth: Auth;
  body?: BodyName;
  /** The query string's parameters, as the route reads them. */
  query?: z.ZodObject;
  /** Path parameters with a pattern (the rest are plain strings). */
  params?: Record<string, z.ZodType>;
  responses: Record<number, Response>;
}

const COMMON_ERRORS = { 401: 'Missing, unknown or revoked key', 403: 'A valid key of the wrong kind (an agency key on an operator route, or the reverse)', 429: 'Over the rate limit, or too many failed authentications from this address; see Retry-After' };
const IDEMPOTENT = 'Send an Idempotency-Key header: the same key with the same body (compared as parsed JSON) returns the first answer again, 409 while the first is still being answered, 422 with another body; keys are kept 24 hours.';
const SERVICE_CODE = { code: ServiceCode };
const AGENCY_CODE = { code: AgencyCode };
const answer = (description: string, name: ApiAnswerName) => ({ description, answer: name });

/** The webhook routes: an agency's own at `/webhooks`, and the same for the operator acting for an agency. */
function webhookOperations(prefix: string, auth: 'agency' | 'operator'): Operation[] {
  const who = auth === 'agency' ? 'your' : "an agency's";
  const params = auth === 'operator' ? AGENCY_CODE : {};
  const notFound = auth === 'operator' ? 'No such agency, or no such endpoint of it' : 'No such endpoint of yours';
  return [
    { method: 'post', path: prefix, summary: `Register an HTTPS endpoint for ${who} webhooks (see Webhooks); the answer shows its signing secret, once, and is never kept for an Idempotency-Key replay. At most ${WEBHOOK_ENDPOINTS_PER_AGENCY} per agency.`, auth, params, body: 'WebhookEndpointBody', responses: { 201: answer('Registered, with its secret', 'WebhookEndpointCreated'), 404: 'No such agency', 409: `Already ${WEBHOOK_ENDPOINTS_PER_AGENCY} endpoints`, 422: 'The URL is refused (not https, credentials in it, or not a public host), naming url', ...COMMON_ERRORS } },
    { method: 'get', path: prefix, summary: `List ${who} webhook endpoints (never their secrets)`, auth, params, responses: { 200: answer('The endpoints', 'WebhookEndpointList'), ...COMMON_ERRORS } },
    { method: 'delete', path: `${prefix}/{id}`, summary: 'Delete an endpoint: it is told of nothing more, and what it was still owed is failed', auth, params, responses: { 200: answer('Deleted', 'WebhookEndpointDeleted'), 404: notFound, ...COMMON_ERRORS } },
    { method: 'get', path: `${prefix}/{id}/deliveries`, summary: "An endpoint's deliveries, newest first: status, attempts, last status code and error, next attempt", auth, params, query: DeliveriesQuery, responses: { 200: answer('A page of deliveries', 'WebhookDeliveryList'), 400: 'A bad limit or cursor', 404: notFound, ...COMMON_ERRORS } },
  ];
}

/** Every route of /api/v1, in the order the docs page shows them. */
export const OPERATIONS: Operation[] = [
  { method: 'put', path: '/services/{code}', summary: 'Create or update one of your services (it appears in the USSD menus). Service codes are upper-case letters, digits and dashes, 2 to 32 characters; a code of another shape is 422, naming it.', auth: 'agency', params: SERVICE_CODE, body: 'ServiceBody', responses: { 201: answer('Created', 'Service'), 200: answer('Updated', 'Service'), 422: 'Invalid body or service code, with the fields at fault', ...COMMON_ERRORS } },
  { method: 'get', path: '/services', summary: 'List your services', auth: 'agency', responses: { 200: answer('Your services, by code', 'ServiceList'), ...COMMON_ERRORS } },
  { method: 'get', path: '/services/{code}', summary: 'Read one of your services', auth: 'agency', params: SERVICE_CODE, responses: { 200: answer('The service', 'Service'), 404: 'No such service of yours', 422: 'Not a service code', ...COMMON_ERRORS } },
  { method: 'delete', path: '/services/{code}', summary: 'Retire a service: it leaves the USSD menus, its applications stay', auth: 'agency', params: SERVICE_CODE, responses: { 200: answer('Retired', 'Service'), 404: 'No such service of yours', 422: 'Not a service code', ...COMMON_ERRORS } },
  { method: 'get', path: '/applications', summary: 'List your applications, those citizens made by phone with the answers they typed. Filter by status, service, channel and creation time; newest or oldest first; paged by cursor, stable while new ones arrive (none missed or repeated). Followed oldest first with the last cursor kept, it is a feed of new applications.', auth: 'agency', query: ApplicationListQuery, responses: { 200: answer('One page', 'ApplicationList'), 400: 'A query parameter that does not fit (named)', 422: 'service is not one of yours', ...COMMON_ERRORS } },
  { method: 'post', path: '/applications', summary: `Register an application made on the web or at a counter; the citizen gets a confirmation SMS. ${IDEMPOTENT}`, auth: 'agency', body: 'ApplicationBody', responses: { 201: answer('Registered, with its history', 'Application'), 409: 'You already registered this reference (references are unique per agency), or the same Idempotency-Key is still being answered', 422: 'Invalid body, or serviceCode is not one of your services', ...COMMON_ERRORS } },
  { method: 'get', path: '/applications/{reference}', summary: 'Read one of your applications with its answers and history', auth: 'agency', responses: { 200: answer('The application', 'Application'), 404: 'No such application of yours', ...COMMON_ERRORS } },
  { method: 'post', path: '/applications/{reference}/events', summary: `Record a status change (see Status changes for which are allowed); the citizen's SMS is queued in the same write. ${IDEMPOTENT}`, auth: 'agency', body: 'StatusEventBody', responses: { 201: answer('Recorded', 'StatusChange'), 200: answer('Already in that status: nothing changed, no SMS', 'StatusChange'), 404: 'No such application of yours', 409: 'A transition that is not allowed (from collected back to submitted)', 422: 'Invalid body (reason for rejected, place for ready_for_collection)', ...COMMON_ERRORS } },
  { method: 'post', path: '/applications/events:batch', summary: `Up to 500 status changes at once; each item gets its own result (status 201, 200, 404, 409 or 422). Each event counts against the rate limit; a batch that would go over it is refused whole (429). ${IDEMPOTENT}`, auth: 'agency', body: 'StatusEventBatchBody', responses: { 200: answer('One result per item', 'BatchResults'), 422: 'Invalid body', ...COMMON_ERRORS } },
  { method: 'post', path: '/agencies', summary: 'Create an agency (operator)', auth: 'operator', body: 'AgencyBody', responses: { 201: answer('Created', 'Agency'), 409: 'The code is taken', 422: 'Invalid body', ...COMMON_ERRORS } },
  { method: 'get', path: '/agencies', summary: 'List agencies and their onboarding state (operator)', auth: 'operator', responses: { 200: answer('Agencies, by code', 'AgencyList'), ...COMMON_ERRORS } },
  { method: 'post', path: '/agencies/{code}/keys', summary: "Make an API key for an agency (operator). The key is in this answer only: only its hash is stored, and the answer is never kept for an Idempotency-Key replay (a repeat makes another key; revoke the one you do not use).", auth: 'operator', params: AGENCY_CODE, responses: { 201: answer('The new key, shown once', 'IssuedKey'), 404: 'No such agency', ...COMMON_ERRORS } },
  { method: 'get', path: '/agencies/{code}/keys', summary: "An agency's keys, oldest first, revoked ones included: prefixes and dates, never a secret (operator)", auth: 'operator', params: AGENCY_CODE, responses: { 200: answer('The keys', 'ApiKeyList'), 404: 'No such agency', ...COMMON_ERRORS } },
  { method: 'delete', path: '/agencies/{code}/keys/{prefix}', summary: 'Revoke a key by its prefix: requests with it get 401 from now on. Revoking it again answers the same (operator)', auth: 'operator', params: { ...AGENCY_CODE, prefix: z.string().regex(/^ecz_[0-9A-Za-z]{8}$/) }, responses: { 200: answer('The revoked key', 'ApiKey'), 404: 'No such agency, or no such key of it', 422: 'Not a key prefix', ...COMMON_ERRORS } },
  ...webhookOperations('/webhooks', 'agency'),
  ...webhookOperations('/agencies/{code}/webhooks', 'operator'),
  { method: 'get', path: '/reports/onboarding', summary: 'Per agency: services, how many are live on USSD, applications, SMS, last activity; agencies with no live service are not onboarded (operator)', auth: 'operator', responses: { 200: answer('The report', 'OnboardingReport'), ...COMMON_ERRORS } },
  { method: 'get', path: '/reports/ussd', summary: 'The USSD funnel per menu node: reached, dropped, completed. from and to are days (YYYY-MM-DD, Nairobi time), both included; to defaults to today, from to 29 days before to (operator)', auth: 'operator', query: FunnelPeriodQuery, responses: { 200: answer('The funnel, the nodes where most citizens gave up first', 'UssdFunnel'), 400: 'A date that is not YYYY-MM-DD, or from after to', ...COMMON_ERRORS } },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  return json;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The OpenAPI 3.1 document, built from the same zod schemas that validate requests and type answers. */
export function openApiDocument(extraOperations: Operation[] = []) {
  const schemas: Record<string, Record<string, unknown>> = {
    ...Object.fromEntries(Object.entries(BODIES).map(([name, schema]) => [name, jsonSchema(schema, 'input')])),
    ...Object.fromEntries(Object.entries(API_ANSWERS).map(([name, schema]) => [name, jsonSchema(schema, 'output')])),
    Error: jsonSchema(ErrorBody, 'output'),
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of [...OPERATIONS, ...extraOperations]) {
    const parameters: Record<string, unknown>[] = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: operation.params?.[name!] ? jsonSchema(operation.params[name!]!, 'input') : { type: 'string' },
    }));
    for (const [name, field] of Object.entries(operation.query?.shape ?? {})) {
      const schema = jsonSchema(field as z.ZodType, 'input');
      parameters.push({ name, in: 'query', required: false, description: schema.description, schema });
    }
    if (operation.method === 'post') parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, description: 'At most 255 characters; see the docs page', schema: { type: 'string', maxLength: 255 } });
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      security: operation.auth === 'none' ? [] : [{ [operation.auth === 'agency' ? 'agencyKey' : 'operatorKey']: [] }],
      parameters,
      ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(operation.body) } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(operation.responses).map(([status, response]) => {
          if (typeof response !== 'string') return [status, { description: response.description, content: { 'application/json': { schema: ref(response.answer) } } }];
          return [status, Number(status) >= 400 ? { description: response, content: { 'application/json': { schema: ref('Error') } } } : { description: response }];
        }),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'e-Citizen USSD: agency onboarding API',
      version: '1.0.0',
      description: 'Put your services on the e-Citizen USSD channel, learn of the applications citizens make by phone, and tell them by SMS where their applications stand.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        agencyKey: { type: 'http', scheme: 'bearer', description: 'An agency key, made by the operator (POST /agencies/{code}/keys, or `npm run keys -- create <AGENCY_CODE>`); acts for its own agency only' },
        operatorKey: { type: 'http', scheme: 'bearer', description: 'ADMIN_API_KEY' },
      },
      schemas,
    },
    paths,
  };
}
export type { Operation as OpenApiOperation };
