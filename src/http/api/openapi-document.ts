import { z } from 'zod';
import { ApplicationBody, ServiceBody, StatusEventBatchBody, StatusEventBody } from './api-schemas.js';
import { webhooksOpenApi } from './webhooks-openapi.js';

const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(['invalid_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'unprocessable', 'rate_limited', 'unavailable']),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
;

type Auth = 'agency' | 'operator' | 'none';

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  auth: Auth;
  body?: z.ZodType;
  /** Status -> what it means; an error status answers with the Error body. */
  responses: Record<number, string>;
}

const COMMON_ERRORS = { 401: 'Missing, unknown or revoked key', 403: 'A valid key of the wrong kind (an agency key on an operator route, or the reverse)', 429: 'Over the rate limit, or too many failed authentications from this address; see Retry-After' };
const IDEMPOTENT = 'Send an Idempotency-Key header: the same key with the same body (compared as parsed JSON) returns the first answer again, 409 while the first is still being answered, 422 with another body; keys are kept 24 hours.';

/** Every route of /api/v1, in the order the docs page shows them. */
export const OPERATIONS: Operation[] = [
  { method: 'put', path: '/services/{code}', summary: 'Create or update one of your services (it appears in the USSD menus)', auth: 'agency', body: ServiceBody, responses: { 201: 'Created', 200: 'Updated', 422: 'Invalid body, with the fields at fault', ...COMMON_ERRORS } },
  { method: 'get', path: '/services', summary: 'List your services', auth: 'agency', responses: { 200: 'Your services', ...COMMON_ERRORS } },
  { method: 'get', path: '/services/{code}', summary: 'Read one of your services', auth: 'agency', responses: { 200: 'The service', 404: 'No such service of yours', ...COMMON_ERRORS } },
  { method: 'delete', path: '/services/{code}', summary: 'Retire a service: it leaves the USSD menus, its applications stay', auth: 'agency', responses: { 200: 'Retired', 404: 'No such service of yours', ...COMMON_ERRORS } },
  { method: 'post', path: '/applications', summary: `Register an application made on the web or at a counter; the citizen gets a confirmation SMS. ${IDEMPOTENT}`, auth: 'agency', body: ApplicationBody, responses: { 201: 'Registered, with its history', 409: 'You already registered this reference (references are unique per agency), or the same Idempotency-Key is still being answered', 422: 'Invalid body', ...COMMON_ERRORS } },
  { method: 'get', path: '/applications/{reference}', summary: 'Read one of your applications with its history', auth: 'agency', responses: { 200: 'The application', 404: 'No such application of yours', ...COMMON_ERRORS } },
  { method: 'post', path: '/applications/{reference}/events', summary: `Record a status change; the citizen's SMS is queued in the same write. ${IDEMPOTENT}`, auth: 'agency', body: StatusEventBody, responses: { 201: 'Recorded', 200: 'Already in that status: nothing changed, no SMS', 404: 'No such application of yours', 409: 'A transition that makes no sense (from collected back to submitted)', 422: 'Invalid body (reason for rejected, place for ready_for_collection)', ...COMMON_ERRORS } },
  { method: 'post', path: '/applications/events:batch', summary: `Up to 500 status changes at once; each item gets its own result (status 201, 200, 404, 409 or 422). Each event counts against the rate limit; a batch that would go over it is refused whole (429). ${IDEMPOTENT}`, auth: 'agency', body: StatusEventBatchBody, responses: { 200: 'One result per item', 422: 'Invalid body', ...COMMON_ERRORS } },
  { method: 'post', path: '/agencies', summary: 'Create an agency (operator)', auth: 'operator', responses: { 201: 'Created', 409: 'The code is taken', 422: 'Invalid body', ...COMMON_ERRORS } },
  { method: 'get', path: '/agencies', summary: 'List agencies and their onboarding state (operator)', auth: 'operator', responses: { 200: 'Agencies', ...COMMON_ERRORS } },
  { method: 'get', path: '/reports/onboarding', summary: 'Per agency: services, how many are live on USSD, applications, SMS, last activity; agencies with no live service are not onboarded (operator)', auth: 'operator', responses: { 200: 'The report', ...COMMON_ERRORS } },
  { method: 'get', path: '/reports/ussd', summary: 'The USSD funnel per menu node: reached, dropped, completed (operator)', auth: 'operator', responses: { 200: 'The funnel', 400: 'Bad dates', ...COMMON_ERRORS } },
];

/** The OpenAPI 3.1 document, built from the same zod schemas that validate requests. */
export function openApiDocument(extraSchemas: Record<string, z.ZodType> = {}) {
  const bodies: Record<string, z.ZodType> = { ServiceBody, ApplicationBody, StatusEventBody, StatusEventBatchBody, Error: ErrorBody, ...extraSchemas };
  const schemas = Object.fromEntries(
    Object.entries(bodies).map(([name, schema]) => {
      const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
      return [name, json];
    }),
  );
  const nameOf = (schema: z.ZodType) => Object.entries(bodies).find(([, candidate]) => candidate === schema)?.[0];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) {
    const parameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (operation.method === 'post') parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } });
    const body = operation.body ?? (operation.path === '/agencies' && operation.method === 'post' ? extraSchemas.AgencyBody : undefined);
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      security: operation.auth === 'none' ? [] : [{ [operation.auth === 'agency' ? 'agencyKey' : 'operatorKey']: [] }],
      parameters,
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${nameOf(body)}` } } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(operation.responses).map(([status, description]) => [
          status,
          Number(status) >= 400 ? { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } : { description },
        ]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'e-Citizen USSD: agency onboarding API',
      version: '1.0.0',
      description: 'Put your services on the e-Citizen USSD channel and tell citizens by SMS where their applications stand.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        agencyKey: { type: 'http', scheme: 'bearer', description: 'An agency key from `npm run keys -- create <AGENCY_CODE>`; acts for its own agency only' },
        operatorKey: { type: 'http', scheme: 'bearer', description: 'ADMIN_API_KEY' },
      },
      schemas: { ...schemas, ...webhooksOpenApi.schemas },
    },
    paths: { ...paths, ...webhooksOpenApi.paths },
  };
}
