import { APPLICATION_STATUSES } from '../db/schema.js';
import { describeStatus } from '../domain/application-status.js';
import { ECITIZEN_PAYBILL, convenienceFee, totalPayable } from '../domain/convenience-fee.js';
import { CATEGORIES, CATEGORY_NAMES } from '../domain/service-categories.js';
import { MAX_SEARCH_MATCHES } from '../domain/search-limits.js';
import { AgencyBody } from '../http/api/agencies-route.js';
import { ServiceBody, StatusEventBody } from '../http/api/api-schemas.js';
import { formatDate, formatKes, formatTime } from '../text/kenyan-formats.js';
import { LANGUAGES } from './menu-schema.js';

/**
 * A session variable a menu text may show as `{name}`: the longest value it can hold, in
 * characters, or null when nothing bounds it (a list of events, a form's answers).
 */
export interface TemplateVariable {
  maxLength: number | null;
}

/** The most the agency API accepts in a field (its zod `max`): what agencies can put on a screen. */
function apiLimit(limit: number | null): number {
  if (limit === null) throw new Error('an agency API field the menus show has no maximum');
  return limit;
}

const HOUR_MS = 60 * 60 * 1000;

const longest = (values: readonly string[]) => Math.max(...values.map((value) => value.length));

const SERVICE_NAME = apiLimit(ServiceBody.shape.name.shape.en.maxLength);
/** Agency codes: 2 to 12 upper-case letters and digits (AgencyBody's `code` pattern). */
const AGENCY_CODE = 12;
const AGENCY_SHORT_NAME = apiLimit(AgencyBody.shape.shortName.shape.en.maxLength);
const MAX_FEE_KES = apiLimit(ServiceBody.shape.feeKes.maxValue);
/** What an agency wrote with the status: a rejection's reason or where to collect; the longer limit is assumed for both. */
const STATUS_DETAIL = Math.max(apiLimit(StatusEventBody.shape.reason.unwrap().maxLength), apiLimit(StatusEventBody.shape.place.unwrap().maxLength));
/** References are kept as 6 to 20 upper-case letters and digits (normalizeReference). */
const REFERENCE = 20;
/** Database ids (services, applications) as text. */
const ROW_ID = String(Number.MAX_SAFE_INTEGER).length;

const statusWords = APPLICATION_STATUSES.flatMap((status) => LANGUAGES.map((lang) => describeStatus(status, 'x'.repeat(STATUS_DETAIL), lang)));
const STATUS_NAME = longest(statusWords.map((words) => words.name));
/** A service as the category, search and apply lists show it: `name (AGENCY)`. */
const SERVICE_WITH_AGENCY = SERVICE_NAME + ' ()'.length + AGENCY_CODE;
const YES_OR_NO: TemplateVariable = { maxLength: 'yes'.length };

/**
 * Every session variable a menu text, an option's `when` or an action's params may use: the one
 * list the menu check (`npm run menus:check`) trusts. A variable missing here is reported as
 * one that nothing sets; the lengths give the longest screen each text can make.
 */
export const TEMPLATE_VARIABLES: Readonly<Record<string, TemplateVariable>> = {
  /** Every hop (handle-hop): the code the citizen dialled, as long as the callback form allows. */
  service_code: { maxLength: 64 },

  /** find.search (input): the typed word; its `pattern` allows 2 to 30 characters. */
  query: { maxLength: 30 },
  /** count_search_matches: how many matches a search lists at most (MAX_SEARCH_MATCHES). */
  max_matches: { maxLength: String(MAX_SEARCH_MATCHES).length },
  /**
   * status.enter_reference and pay.enter_reference (inputs) store it normalized; lookup_status,
   * load_application and payment_instructions repeat it; submit_application sets the new one.
   */
  reference: { maxLength: REFERENCE },

  /** find.agency (list of `agencies`): the chosen agency's code. */
  agency: { maxLength: AGENCY_CODE },
  /** find.agency: the agency's short name (AgencyBody `shortName`). */
  agency_label: { maxLength: AGENCY_SHORT_NAME },
  /** The service lists (find.*_service, find.search_results, apply.choose_service): the service's id. */
  service: { maxLength: ROW_ID },
  /** The service lists: the service's name, with its agency code in all but find.agency_service. */
  service_label: { maxLength: SERVICE_WITH_AGENCY },
  /** find.category (list of `categories`): the category's id. */
  category: { maxLength: longest(CATEGORIES) },
  /** find.category: the category's name in the citizen's language (CATEGORY_NAMES). */
  category_label: { maxLength: longest(Object.values(CATEGORY_NAMES).flatMap((name) => LANGUAGES.map((lang) => name[lang]))) },
  /** my.list (list of `my_applications`): the application's id. */
  application: { maxLength: ROW_ID },
  /** my.list: "service - status". */
  application_label: { maxLength: SERVICE_NAME + ' - '.length + STATUS_NAME },

  /** load_service, prepare_application and the status actions: the service's name (ServiceBody `name`). */
  service_name: { maxLength: SERVICE_NAME },
  /** load_service: the agency's full name (AgencyBody `name`). */
  agency_name: { maxLength: apiLimit(AgencyBody.shape.name.shape.en.maxLength) },
  /** load_service: the agency's code. */
  agency_code: { maxLength: AGENCY_CODE },
  /** load_service: the service fee in KES, "10,000,000" at most (ServiceBody `feeKes`). */
  fee: { maxLength: formatKes(MAX_FEE_KES).length },
  /** load_service: the e-Citizen convenience fee in KES. */
  convenience_fee: { maxLength: formatKes(convenienceFee(MAX_FEE_KES)).length },
  /** load_service, prepare_application and the status actions: fee and convenience fee together, in KES. */
  total: { maxLength: formatKes(totalPayable(MAX_FEE_KES)).length },
  /** load_service: what to bring (ServiceBody `requirements`). */
  requirements: { maxLength: apiLimit(ServiceBody.shape.requirements.shape.en.maxLength) },
  /** load_service: how long it takes (ServiceBody `processingTime`). */
  processing_time: { maxLength: apiLimit(ServiceBody.shape.processingTime.shape.en.maxLength) },
  /** load_service: what the service is (ServiceBody `description`). */
  description: { maxLength: apiLimit(ServiceBody.shape.description.shape.en.maxLength) },
  /** load_service: "yes" when the service can be applied for by phone. */
  can_apply: YES_OR_NO,

  /** lookup_status, load_application, payment_instructions (describeApplication): the status in plain words. */
  status: { maxLength: STATUS_NAME },
  /** The status actions: what to do next, with the agency's reason or place. */
  next_step: { maxLength: longest(statusWords.map((words) => words.nextStep)) },
  /** The status actions: the date of the last change, dd/mm/yyyy. */
  updated: { maxLength: formatDate(0).length },
  /** The status actions: "yes" when a fee is still due; prepare_application: "yes" when the service has a fee. */
  fee_due: YES_OR_NO,
  /** The status actions: the M-Pesa paybill number. */
  paybill: { maxLength: ECITIZEN_PAYBILL.length },
  /** load_application: every status change, "dd/mm Status, ...": as many as the application had. */
  history: { maxLength: null },
  /** lookup_status and payment_instructions when look-ups are locked: the time they open again (formatTime), any hour of the day. */
  locked_until: { maxLength: longest(LANGUAGES.flatMap((lang) => Array.from({ length: 24 }, (_, hour) => formatTime(hour * HOUR_MS, lang)))) },

  /** summarize_application: one "Label: answer" line per question of the agency's form. */
  summary: { maxLength: null },
  /** summarize_application: the reference of the same application this phone made earlier today. */
  earlier_reference: { maxLength: REFERENCE },

  /** load_settings and set_sms_updates: "yes" while SMS updates are on. */
  sms_on: YES_OR_NO,
};
