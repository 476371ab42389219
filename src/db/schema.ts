import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PAYMENT_STATES } from '../domain/mpesa-results.js';
import { WEBHOOK_DELIVERY_STATES } from '../domain/webhook-event-types.js';

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
}, (table) => [
  // The agency list, in the citizen's A-Z (names collate nocase), ties by code: a page walks
  // the index in order and stops, with no sort of every live agency on each hop.
  index('agencies_live_list_en').on(table.onboardingState, sql`short_name_en collate nocase`, table.code),
  index('agencies_live_list_sw').on(table.onboardingState, sql`short_name_sw collate nocase`, table.code),
]);

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
  // Each list of services (an agency's, a category's, those open to apply by phone) is walked in
  // the citizen's A-Z (names collate nocase), so a page reads its rows and stops, however many.
  index('services_agency_status_name_en').on(table.agencyCode, table.status, sql`name_en collate nocase`),
  index('services_agency_status_name_sw').on(table.agencyCode, table.status, sql`name_sw collate nocase`),
  // These two lists also show the agency: with its code in the index, a page never reads the table.
  index('services_category_list_en').on(table.category, table.status, sql`name_en collate nocase`, table.agencyCode),
  index('services_category_list_sw').on(table.category, table.status, sql`name_sw collate nocase`, table.agencyCode),
  index('services_apply_list_en').on(table.ussdApply, table.status, sql`name_en collate nocase`, table.agencyCode),
  index('services_apply_list_sw').on(table.ussdApply, table.status, sql`name_sw collate nocase`, table.agencyCode),
]);

export const citizens = sqliteTable('citizens', {
  phone: text('phone').primaryKey(),
  language: text('language', { enum: ['en', 'sw'] }).notNull().default('en'),
  smsOptOut: integer('sms_opt_out', { mode: 'boolean' }).notNull().default(false),
  /** When SMS updates were last turned off: one STOP confirmation per opt-out, however many STOPs arrive. */
  optedOutAt: integer('opted_out_at'),
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
  /** Upper-case letters and digits (see normalizeReference). Unique per agency: one agency's references say nothing of another's. */
  reference: text('reference').notNull(),
  /**
   * The agency of its service, kept here so that a reference is unique within its agency. No
   * REFERENCES clause: SQLite cannot add a NOT NULL column with one to a table that has rows
   * (migration 0006); `service_id` already ties the row to its service and so its agency.
   */
  agencyCode: text('agency_code').notNull(),
  serviceId: integer('service_id').notNull().references(() => services.id),
  applicantPhone: text('applicant_phone').notNull(),
  status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
  /** Where to collect, or why it was rejected: what the citizen needs for the next step. */
  statusDetail: text('status_detail'),
  feeDueKes: integer('fee_due_kes').notNull().default(0),
  channel: text('channel', { enum: ['ussd', 'web', 'counter', 'agency_api'] }).notNull(),
  /** What the citizen gave when applying by phone, as JSON; kept because the agency needs it. */
  answers: text('answers'),
  /** Makes a repeated or replayed submission a no-op (USSD: the session and hop; API: the agency's Idempotency-Key). */
  idempotencyKey: text('idempotency_key'),
  /** How many events it has had since the first (status changes, a payment): the `seq` of its latest. A change applies only to the version it read. */
  version: integer('version').notNull().default(0),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  uniqueIndex('applications_agency_reference').on(table.agencyCode, table.reference),
  index('applications_reference_lookup').on(table.reference),
  uniqueIndex('applications_idempotency_key').on(table.idempotencyKey),
  // The answers still kept, by status and last change: the retention run finds what to erase without reading every application.
  index('applications_answers_kept').on(table.status, table.updatedAt).where(sql`answers is not null`),
  index('applications_applicant_created').on(table.applicantPhone, table.createdAt),
  // An agency's list, in id order (an index holds the rowid after its columns): a page reads its
  // rows and stops, however many applications the agency has; by status too, its common filter.
  index('applications_agency_listing').on(table.agencyCode),
  index('applications_agency_status_listing').on(table.agencyCode, table.status),
]);

export const applicationEvents = sqliteTable('application_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  applicationId: integer('application_id').notNull().references(() => applications.id),
  /** Its place in the application's history: 0 for the first, then the application's version after it. */
  seq: integer('seq').notNull().default(0),
  /** The status it moved from (null for the first). */
  fromStatus: text('from_status', { enum: APPLICATION_STATUSES }),
  status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
  note: text('note'),
  /** Who made the change: an agency code, `citizen` or `system`. */
  actor: text('actor').notNull(),
  /** The request that made it (an agency's Idempotency-Key, a payment's push): its retry finds this change instead of making another. */
  changeKey: text('change_key'),
  /** `status`: a status change; `payment`: a fee paid (the status stays; the note names amount and receipt). */
  kind: text('kind', { enum: ['status', 'payment'] }).notNull().default('status'),
  createdAt: integer('created_at').notNull(),
}, (table) => [
  index('application_events_application').on(table.applicationId, table.createdAt),
  uniqueIndex('application_events_application_seq').on(table.applicationId, table.seq),
  uniqueIndex('application_events_change_key').on(table.applicationId, table.changeKey),
]);

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
  /** `ended`: we answered END; `open`: the phone was left on a CON screen (so far). */
  status: text('status', { enum: ['open', 'ended'] }).notNull(),
  /** Every node the session showed, in order, each once (JSON): the funnel's raw material. */
  path: text('path').notNull().default('[]'),
  /** A later session of the same phone offered to continue this one: `taken` or `declined` once answered. */
  resume: text('resume', { enum: ['offered', 'taken', 'declined'] }),
  /** This session opened by offering to continue that one, and waits for the answer. */
  resumeFrom: text('resume_from'),
  /** Africa's Talking's end-of-session notification. */
  endStatus: text('end_status'),
  durationMs: integer('duration_ms'),
  cost: text('cost'),
  hopsCount: integer('hops_count'),
  lastInput: text('last_input'),
  errorMessage: text('error_message'),
  notifiedAt: integer('notified_at'),
  /** When the session was added to ussd_node_counts; counted once. */
  countedAt: integer('counted_at'),
  /**
   * When the sweep erased what the citizen typed (after the resume window). A late
   * end-of-session notification that brings a last input back clears it, to be erased again.
   */
  scrubbedAt: integer('scrubbed_at'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  // Keyed and filtered on columns a hop never sets, so a hop rewrites the row and no index. The
  // partial ones hold only the rows the sweep has still to count or to scrub: a few minutes' worth.
  index('ussd_sessions_phone_created').on(table.phone, table.createdAt),
  index('ussd_sessions_created').on(table.createdAt),
  index('ussd_sessions_uncounted').on(table.createdAt).where(sql`counted_at is null`),
  index('ussd_sessions_unscrubbed').on(table.createdAt).where(sql`scrubbed_at is null`),
]);

/** Per menu node and day: sessions that reached it, left the service there, completed after it. Kept after sessions are purged. */
export const ussdNodeCounts = sqliteTable('ussd_node_counts', {
  node: text('node').notNull(),
  /** `YYYY-MM-DD` in Nairobi. */
  day: text('day').notNull(),
  reached: integer('reached').notNull().default(0),
  dropped: integer('dropped').notNull().default(0),
  completed: integer('completed').notNull().default(0),
}, (table) => [primaryKey({ columns: [table.node, table.day] })]);

/** Status look-ups that found nothing, per phone: five in an hour lock the look-up for a while. */
export const statusLookupFailures = sqliteTable('status_lookup_failures', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  phone: text('phone').notNull(),
  /** The session and hop, so a replayed hop does not count twice. */
  idempotencyKey: text('idempotency_key').notNull(),
  createdAt: integer('created_at').notNull(),
}, (table) => [
  index('status_lookup_failures_phone_created').on(table.phone, table.createdAt),
  uniqueIndex('status_lookup_failures_key').on(table.idempotencyKey),
]);

export const SMS_STATES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'suppressed'] as const;
export const SMS_CAUSES = ['citizen', 'agency'] as const;

/** Every SMS owed to a citizen, written in the same write as its cause and sent by the dispatcher. */
export const smsOutbox = sqliteTable('sms_outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The cause: a second write of the same cause is a no-op. */
  dedupeKey: text('dedupe_key').notNull(),
  kind: text('kind').notNull(),
  /** The application it is about, if any (status updates are coalesced per application). */
  applicationId: integer('application_id'),
  /** Who caused it: an agency (capped per phone and day) or the citizen themselves. */
  causedBy: text('caused_by', { enum: SMS_CAUSES }).notNull().default('citizen'),
  phone: text('phone').notNull(),
  language: text('language', { enum: ['en', 'sw'] }).notNull(),
  body: text('body').notNull(),
  segments: integer('segments').notNull(),
  state: text('state', { enum: SMS_STATES }).notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  leaseUntil: integer('lease_until'),
  gatewayMessageId: text('gateway_message_id'),
  gatewayStatusCode: integer('gateway_status_code'),
  cost: text('cost'),
  failureReason: text('failure_reason'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  uniqueIndex('sms_outbox_dedupe_key').on(table.dedupeKey),
  index('sms_outbox_state_next_attempt').on(table.state, table.nextAttemptAt),
  index('sms_outbox_gateway_message_id').on(table.gatewayMessageId),
  index('sms_outbox_application').on(table.applicationId, table.kind, table.state),
  // The agency-caused SMS of a phone in the last day: the daily ceiling counts them.
  index('sms_outbox_agency_phone_created').on(table.phone, table.createdAt).where(sql`caused_by = 'agency'`),
  // The SMS whose text and number are not erased yet: the retention run walks only these.
  index('sms_outbox_unerased').on(table.updatedAt).where(sql`phone <> ''`),
]);

/** `datetime('now')` would differ between drivers and break a fixed test clock: callers pass times. */

/** Agency API keys, stored only as hashes: the key itself is shown once, when it is made. */
export const apiKeys = sqliteTable('api_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  agencyCode: text('agency_code').notNull().references(() => agencies.code),
  /** The key's public start (`ecz_` and 8 characters): finds the row, and names the key in lists and logs. */
  prefix: text('prefix').notNull(),
  /** SHA-256 of the whole key, hex. */
  keyHash: text('key_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  revokedAt: integer('revoked_at'),
  lastUsedAt: integer('last_used_at'),
}, (table) => [uniqueIndex('api_keys_prefix').on(table.prefix), index('api_keys_agency').on(table.agencyCode)]);

/** The first answer to each `Idempotency-Key`, per caller, so a retried POST returns it again. */
export const idempotencyRecords = sqliteTable('idempotency_records', {
  /** `agency:<code>` or `operator`: keys of different callers never meet. */
  scope: text('scope').notNull(),
  key: text('key').notNull(),
  /** SHA-256 of method, path and body (JSON compared parsed): the same key with another request is refused. */
  requestHash: text('request_hash').notNull(),
  /** The first answer's status and body; 0 and '' while the first request is in flight. */
  status: integer('status').notNull(),
  body: text('body').notNull(),
  /** Null while the first request is in flight. */
  completedAt: integer('completed_at'),
  /** While in flight, a repeat waits (409) until this; after it, the first request is taken for dead and a repeat runs again. */
  leaseUntil: integer('lease_until'),
  createdAt: integer('created_at').notNull(),
}, (table) => [primaryKey({ columns: [table.scope, table.key] })]);

/** Requests per caller per minute, for the API's rate limit (shared by every instance). */
export const apiRateWindows = sqliteTable('api_rate_windows', {
  scope: text('scope').notNull(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
}, (table) => [primaryKey({ columns: [table.scope, table.windowStart] })]);

/** The HTTPS endpoints an agency registered to be told of events (`POST /api/v1/webhooks`). */
export const webhookEndpoints = sqliteTable('webhook_endpoints', {
  /** `we_` and 16 base62 characters: what the agency names it by. */
  id: text('id').primaryKey(),
  agencyCode: text('agency_code').notNull().references(() => agencies.code),
  url: text('url').notNull(),
  /** The event types it receives, as a JSON array. */
  events: text('events').notNull(),
  /**
   * What deliveries are signed with (HMAC-SHA256). Kept in the clear because signing needs it,
   * shown to the agency once; blanked when the endpoint is deleted.
   */
  secret: text('secret').notNull(),
  createdAt: integer('created_at').notNull(),
  /** Deleted endpoints stop receiving at once; the row stays so its deliveries keep their endpoint. */
  deletedAt: integer('deleted_at'),
}, (table) => [index('webhook_endpoints_agency').on(table.agencyCode, table.createdAt)]);

/**
 * Every event owed to an endpoint, one row per endpoint and event, written in the same write as
 * its cause and sent by the webhook dispatcher (the same leased outbox as `sms_outbox`).
 */
export const webhookDeliveries = sqliteTable('webhook_deliveries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  endpointId: text('endpoint_id').notNull().references(() => webhookEndpoints.id),
  /** `evt_...`: the same for every endpoint told of one event, and on every attempt. */
  eventId: text('event_id').notNull(),
  eventType: text('event_type').notNull(),
  /** The cause: writing the same cause again adds nothing. */
  dedupeKey: text('dedupe_key').notNull(),
  /** The JSON body to POST. It names the applicant, so it is blanked once the delivery is final. */
  payload: text('payload'),
  state: text('state', { enum: WEBHOOK_DELIVERY_STATES }).notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  leaseUntil: integer('lease_until'),
  lastStatusCode: integer('last_status_code'),
  lastError: text('last_error'),
  deliveredAt: integer('delivered_at'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  uniqueIndex('webhook_deliveries_endpoint_dedupe').on(table.endpointId, table.dedupeKey),
  index('webhook_deliveries_state_next_attempt').on(table.state, table.nextAttemptAt),
  // An endpoint's deliveries, newest first, a page at a time.
  index('webhook_deliveries_endpoint').on(table.endpointId, table.id),
]);

/**
 * One M-Pesa STK push per row (issue 14): written in the hop that asked for it, pushed to Daraja
 * from here through the leased outbox (`queued`, `sending`), then `requested` until Daraja's
 * callback or the sweep's query says `paid` or `failed`. At most one push in flight per application.
 */
export const payments = sqliteTable('payments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  applicationId: integer('application_id').notNull().references(() => applications.id),
  /** The number that pays: the session's, which is the applicant's. E.164. */
  phone: text('phone').notNull(),
  /** The fee and the convenience fee, in whole shillings (Daraja takes no cents). */
  amountKes: integer('amount_kes').notNull(),
  /** Daraja's AccountReference: the application's reference, at most 12 characters. */
  accountReference: text('account_reference').notNull(),
  /** The citizen's language when asking, for the receipt or failure SMS. */
  language: text('language', { enum: ['en', 'sw'] }).notNull(),
  /** The hop that asked (session and hop): a retransmitted or replayed hop writes nothing more. */
  dedupeKey: text('dedupe_key').notNull(),
  state: text('state', { enum: PAYMENT_STATES }).notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  /** Queued: when to push. Requested: when to ask Daraja if no callback came. */
  nextAttemptAt: integer('next_attempt_at').notNull(),
  leaseUntil: integer('lease_until'),
  merchantRequestId: text('merchant_request_id'),
  checkoutRequestId: text('checkout_request_id'),
  /** Daraja's ResultCode and ResultDesc (kept verbatim). */
  resultCode: integer('result_code'),
  resultDesc: text('result_desc'),
  mpesaReceipt: text('mpesa_receipt'),
  paidAt: integer('paid_at'),
  lastError: text('last_error'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (table) => [
  uniqueIndex('payments_dedupe_key').on(table.dedupeKey),
  uniqueIndex('payments_checkout_request_id').on(table.checkoutRequestId),
  // Never two pushes that may take money for one application at once.
  uniqueIndex('payments_in_flight').on(table.applicationId).where(sql`state in ('queued', 'sending', 'requested')`),
  index('payments_state_next_attempt').on(table.state, table.nextAttemptAt),
  index('payments_application').on(table.applicationId, table.state),
]);
