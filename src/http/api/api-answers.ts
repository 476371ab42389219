import { z } from 'zod';
import { ApplicationJson } from '../../applications/application-json.js';
import { APPLICATION_STATUSES } from '../../db/schema.js';
import { ApplyForm } from '../../domain/apply-field-spec.js';
import { CATEGORIES } from '../../domain/service-categories.js';
import { FunnelNode } from '../../ussd/ussd-funnel.js';
import { WEBHOOK_DELIVERY_STATES, WEBHOOK_EVENT_TYPES } from '../../domain/webhook-event-types.js';
import { Agency, IssuedKeyJson } from './agencies-route.js';
import { ApiKeySummary } from './api-key.js';
import { AgencyOnboarding } from './reports-route.js';

/**
 * What the API answers, as schemas: the OpenAPI document shows them to client generators, and
 * the tests check real answers against them, so the document cannot drift from the code.
 */

const bilingual = z.object({ en: z.string(), sw: z.string() });

export const ServiceJson = z.object({
  code: z.string(),
  agency: z.string(),
  status: z.enum(['live', 'retired']),
  name: bilingual,
  description: bilingual,
  category: z.enum(CATEGORIES),
  feeKes: z.number().int(),
  requirements: bilingual,
  processingTime: bilingual,
  ussdApply: z.boolean(),
  applyFields: ApplyForm.nullable(),
  updatedAt: z.iso.datetime(),
});
export type ServiceJson = z.infer<typeof ServiceJson>;

const ChangeJson = z.object({ from: z.enum(APPLICATION_STATUSES), to: z.enum(APPLICATION_STATUSES) }).nullable().describe('null: already in that status, nothing changed');
const ErrorInResult = z.object({ code: z.string(), message: z.string(), details: z.array(z.object({ path: z.string(), message: z.string() })) });

const WebhookEndpoint = z.object({
  id: z.string().describe('we_...'),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  createdAt: z.iso.datetime(),
});

export const API_ANSWERS = {
  Service: ServiceJson,
  ServiceList: z.object({ services: z.array(ServiceJson) }),
  Application: ApplicationJson,
  ApplicationList: z.object({
    applications: z.array(ApplicationJson),
    hasMore: z.boolean().describe('More match beyond this page already: ask again with nextCursor'),
    nextCursor: z.string().nullable().describe('Continues after the last application of this page (the last page too: following oldest first, keep it and ask again later for what came since)'),
  }),
  StatusChange: z.object({ change: ChangeJson, application: ApplicationJson }),
  BatchResults: z.object({
    results: z.array(
      z.object({ index: z.number().int(), reference: z.string(), status: z.number().int().describe('201, 200, 404, 409 or 422, as the single endpoint would answer'), change: ChangeJson.optional(), error: ErrorInResult.optional() }),
    ),
  }),
  Agency,
  AgencyList: z.object({ agencies: z.array(Agency) }),
  IssuedKey: IssuedKeyJson,
  ApiKey: ApiKeySummary,
  ApiKeyList: z.object({ keys: z.array(ApiKeySummary) }),
  WebhookEndpoint,
  WebhookEndpointCreated: WebhookEndpoint.extend({ secret: z.string().describe('whsec_...: signs every delivery; shown only in this answer') }),
  WebhookEndpointList: z.object({ endpoints: z.array(WebhookEndpoint) }),
  WebhookEndpointDeleted: z.object({ id: z.string(), deletedAt: z.iso.datetime() }),
  WebhookDeliveryList: z.object({
    deliveries: z.array(
      z.object({
        id: z.number().int(),
        eventId: z.string().describe('evt_...: the same on every attempt; receivers ignore one they have seen'),
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
  }),
  OnboardingReport: z.object({ agencies: z.array(AgencyOnboarding) }),
  UssdFunnel: z.object({ from: z.string().describe('YYYY-MM-DD, Nairobi'), to: z.string().describe('YYYY-MM-DD, Nairobi'), nodes: z.array(FunnelNode) }),
} as const;
export type ApiAnswerName = keyof typeof API_ANSWERS;
