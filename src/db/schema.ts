import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One schema for both drivers (better-sqlite3 on Node, D1 on Workers). Times are Unix
 * milliseconds; phone numbers are E.164; texts citizens read come in `_en` and `_sw` columns.
 */

export const agencies = sqliteTable('agencies', {
  code: text('code').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameSw: text('name_sw').notNull(),
  /** What a USSD list shows: at most 24 characters. */
  shortNameEn: text('short_name_en').notNull(),
  shortNameSw: text('short_name_sw').notNull(),
  /** `live`: its services are on the channel; `onboarding`: being set up; `suspended`. */
  onboardingState: text('onboarding_state', { enum: ['onboarding', 'live', 'suspended'] }).notNull().default('onboarding'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [index('agencies_state_short_name_en').on(table.onboardingState, table.shortNameEn)]);

export const services = sqliteTable('services', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyCode: text('agency_code').notNull().references(() => agencies.code),
  code: text('code').notNull(),
  nameEn: text('name_en').notNull(),
  nameSw: text('name_sw').notNull(),
  descriptionEn: text('description_en').notNull(),
  descriptionSw: text('description_sw').notNull(),
  category: text('category').notNull(),
  feeKes: integer('fee_kes').notNull(),
  requirementsEn: text('requirements_en').notNull(),
  requirementsSw: text('requirements_sw').notNull(),
  processingTimeEn: text('processing_time_en').notNull(),
  processingTimeSw: text('processing_time_sw').notNull(),
  ussdApply: integer('ussd_apply', { mode: 'boolean' }).notNull().default(false),
  /** The fields to collect when applying over USSD, as JSON (see the apply journey). */
  applyFields: text('apply_fields'),
  /** `retired` services leave the menus; their applications stay. */
  status: text('status', { enum: ['live', 'retired'] }).notNull().default('live'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  uniqueIndex('services_agency_code').on(table.agencyCode, table.code),
  index('services_agency_status_name').on(table.agencyCode, table.status, table.nameEn),
  index('services_category_status').on(table.category, table.status),
]);

export const citizens = sqliteTable('citizens', {
  phone: text('phone').primaryKey(),
  language: text('language', { enum: ['en', 'sw'] }).notNull().default('en'),
  smsOptOut: integer('sms_opt_out', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const APPLICATION_STATUSES = [
  'submitted',
  'under_review',
  'approved',
  'rejected',
  'ready_for_collection',
  'collected',
  'cancelled',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const applications = sqliteTable('applications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Upper-case letters and digits (see normalizeReference). */
  reference: text('reference').notNull(),
  serviceId: integer('service_id').notNull().references(() => services.id),
  applicantPhone: text('applicant_phone').notNull(),
  status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
  /** Where to collect, or why it was rejected: what the citizen needs for the next step. */
  statusDetail: text('status_detail'),
  feeDueKes: integer('fee_due_kes').notNull().default(0),
  channel: text('channel', { enum: ['ussd', 'web', 'counter', 'agency_api'] }).notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  uniqueIndex('applications_reference').on(table.reference),
  index('applications_applicant_created').on(table.applicantPhone, table.createdAt),
]);

export const applicationEvents = sqliteTable('application_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  applicationId: integer('application_id').notNull().references(() => applications.id),
  status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
  note: text('note'),
  /** Who made the change: an agency code, `citizen` or `system`. */
  actor: text('actor').notNull(),
  createdAt: integer('created_at').notNull(),
}, (table) => [index('application_events_application').on(table.applicationId, table.createdAt)]);

export const ussdSessions = sqliteTable('ussd_sessions', {
  sessionId: text('session_id').primaryKey(),
  phone: text('phone').notNull(),
  serviceCode: text('service_code').notNull(),
  networkCode: text('network_code'),
  /** The engine's SessionState as JSON. */
  state: text('state').notNull(),
  lastText: text('last_text').notNull(),
  lastReply: text('last_reply').notNull(),
  hops: integer('hops').notNull(),
  status: text('status', { enum: ['open', 'ended'] }).notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [index('ussd_sessions_phone_updated').on(table.phone, table.updatedAt)]);

/** `datetime('now')` would differ between drivers and break a fixed test clock: callers pass times. */
