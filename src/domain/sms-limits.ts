/**
 * How many SMS that agencies cause (status updates, applications registered for a citizen)
 * one phone gets in 24 hours. Beyond it they are kept as `suppressed` with the reason: a
 * citizen whose applications genuinely move gets a handful a day; more is a fault or abuse.
 */
export const AGENCY_SMS_PER_PHONE_PER_DAY = 10;
export const AGENCY_SMS_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * How long a status update waits before it may be sent. A burst of changes to one application
 * (a batch, or a few calls in a row) becomes one SMS with the latest status: each new update
 * supersedes the one still waiting.
 */
export const STATUS_SMS_HOLD_MS = 15_000;
