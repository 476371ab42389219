import { z } from 'zod';
import { APPLICATION_STATUSES, applications } from '../../db/schema.js';
import { ApplyForm } from '../../domain/apply-field-spec.js';
import { CATEGORIES } from '../../domain/service-categories.js';
import { nonGsm7Chars } from '../../text/gsm7.js';

/**
 * The agency API's bodies: the one definition of what agencies send, used to validate requests
 * and to write the OpenAPI document.
 */

/** A text citizens read on a phone: GSM-7 only (one other character makes a screen UCS-2, 80 characters). */
const phoneText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => nonGsm7Chars(text).length === 0, { message: 'use only GSM-7 characters (no curly quotes, accents outside GSM-7 or emoji)' });

const bilingual = (max: number) => z.strictObject({ en: phoneText(max), sw: phoneText(max) });

export const ServiceCode = z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'upper-case letters, digits and dashes, 2 to 32 characters');

export const ServiceBody = z
  .strictObject({
    name: bilingual(38).describe('Shown in USSD lists: at most 38 characters'),
    description: bilingual(200),
    category: z.enum(CATEGORIES),
    feeKes: z.number().int().min(0).max(10_000_000).describe('The service fee in KES, before the e-Citizen convenience fee'),
    requirements: bilingual(300),
    processingTime: bilingual(60),
    ussdApply: z.boolean().default(false).describe('Whether citizens can apply over USSD'),
    applyFields: ApplyForm.optional().describe('The questions to ask when applying over USSD (required when ussdApply is true)'),
  })
  .refine((body) => !body.ussdApply || body.applyFields !== undefined, { message: 'applyFields are required when ussdApply is true', path: ['applyFields'] });
export type ServiceBody = z.infer<typeof ServiceBody>;

export const ApplicationBody = z
  .strictObject({
    reference: z.string().min(6).max(30).optional().describe("The agency's own reference; case, spaces and dashes are ignored. A new EC reference is made when absent."),
    serviceCode: ServiceCode,
    applicantPhone: z.string().min(9).max(20).describe('The applicant\'s Kenyan mobile number: 07.., 01.., 2547.. or +2547..'),
    channel: z.enum(['web', 'counter']).default('web'),
    feeDueKes: z.number().int().min(0).max(10_000_000).optional().describe('What the applicant still owes; the service fee when absent'),
  });

export const StatusEventBody = z
  .strictObject({
    status: z.enum(APPLICATION_STATUSES),
    reason: z.string().trim().min(1).max(120).optional().describe('Required for rejected: what the citizen reads'),
    place: z.string().trim().min(1).max(80).optional().describe('Required for ready_for_collection: where to collect'),
    note: z.string().trim().max(500).optional().describe('For the history; not sent to the citizen'),
  });

export const BATCH_LIMIT = 500;

export const StatusEventBatchBody = z
  .strictObject({
    events: z.array(StatusEventBody.safeExtend({ reference: z.string().min(6).max(30) })).min(1).max(BATCH_LIMIT),
  });

/** `GET /applications`: the filters and the page. Unknown parameters are refused, so a misspelt filter is not silently ignored. */
export const ApplicationListQuery = z
  .strictObject({
    status: z.enum(APPLICATION_STATUSES).optional(),
    service: ServiceCode.optional().describe("One of your services' codes"),
    channel: z.enum(applications.channel.enumValues).optional().describe('ussd: applied by phone on this channel'),
    from: z.iso.datetime({ offset: true }).optional().describe('Created at or after this time (ISO 8601, e.g. 2026-12-01T00:00:00+03:00)'),
    to: z.iso.datetime({ offset: true }).optional().describe('Created before this time'),
    order: z.enum(['newest', 'oldest']).default('newest').describe('oldest: a feed to follow, new applications arrive on the last page'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(64).optional().describe('nextCursor from the previous page'),
  })
  .refine((query) => query.from === undefined || query.to === undefined || Date.parse(query.from) < Date.parse(query.to), { message: 'from must be before to', path: ['from'] });
