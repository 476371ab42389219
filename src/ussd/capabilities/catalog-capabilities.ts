import { and, asc, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import { integer, sqliteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { agencies, services } from '../../db/schema.js';
import { convenienceFee, totalPayable } from '../../domain/convenience-fee.js';
import { MAX_SEARCH_MATCHES } from '../../domain/search-limits.js';
import { CATEGORIES, CATEGORY_NAMES, type Category } from '../../domain/service-categories.js';
import type { Action, ListSource, StepContext } from '../../engine/capabilities.js';
import { LANGUAGES, type Language } from '../../menu/menu-schema.js';
import { queueSms } from '../../sms/queue-sms.js';
import { formatKes } from '../../text/kenyan-formats.js';
import type { CapabilityDeps } from './capability-deps.js';
import { builtOnce, perLanguage } from '../../db/built-once.js';

/**
 * Browsing the catalogue: by agency, by category, by a typed word; a service's details. Every
 * query is built and prepared once (per language, where the order or a name depends on it),
 * not on each hop: a hop runs them with its values as placeholders.
 */
export function catalogCapabilities({ db, now, onSmsQueued }: CapabilityDeps) {
  const live = eq(services.status, 'live');
  const window = { limit: sql.placeholder('limit'), offset: sql.placeholder('offset') };

  /** Services matching `where`, alphabetical in the citizen's language, labelled with their agency when it helps. */
  const serviceList = (where: SQL | undefined, withAgency: boolean, values: (ctx: StepContext) => Record<string, unknown> = () => ({})): ListSource => {
    const query = perLanguage((lang) => {
      const name = serviceName(lang);
      return db
        .select({ id: services.id, name, agency: services.agencyCode })
        .from(services)
        .where(and(live, where))
        // Ties in the name go by agency, then id: the order the list indexes hold them in.
        .orderBy(alphabetical(name), asc(services.agencyCode), asc(services.id))
        .limit(window.limit)
        .offset(window.offset)
        .prepare();
    });
    return async (ctx, { offset, limit }) => {
      const rows = await query(ctx.lang).all({ ...values(ctx), offset, limit });
      return rows.map((row) => ({ id: String(row.id), label: withAgency ? `${row.name} (${row.agency})` : row.name }));
    };
  };

  const agencyList = perLanguage((lang) => {
    const name = lang === 'sw' ? agencies.shortNameSw : agencies.shortNameEn;
    return db
      .select({ id: agencies.code, label: name })
      .from(agencies)
      .where(and(eq(agencies.onboardingState, 'live'), exists(db.select({ one: sql`1` }).from(services).where(and(eq(services.agencyCode, agencies.code), live)))))
      .orderBy(alphabetical(name), asc(agencies.code))
      .limit(window.limit)
      .offset(window.offset)
      .prepare();
  });
  // One index probe per category rather than reading every service's category. The names are
  // rows of one VALUES clause, not arms of a UNION ALL: D1 refuses a compound SELECT of more
  // than five arms, and SQLite's limit on compound terms does not apply to VALUES.
  const wanted = sql`(values ${sql.join(CATEGORIES.map((category) => sql`(${category})`), sql`, `)}) as wanted`;
  const wantedCategory = sql<string>`wanted.column1`;
  const liveCategories = builtOnce(() =>
    db
      .select({ category: wantedCategory })
      .from(wanted)
      .where(exists(db.select({ one: sql`1` }).from(services).where(and(eq(services.category, wantedCategory), live))))
      .prepare(),
  );

  // A word of three letters or more is looked up in the trigram index (services_search); a
  // shorter one has no trigram to look up, so it is matched against every live service.
  const indexedMatch = sql`${servicesSearch} match ${sql.placeholder('phrase')}`;
  const everyServiceMatch = or(contains(services.nameEn), contains(services.nameSw), contains(services.agencyCode));
  const searchValues = (ctx: StepContext) => {
    const word = ctx.vars.query ?? '';
    return [...word].length >= TRIGRAM ? { indexed: true, phrase: ftsPhrase(word) } : { indexed: false, pattern: likePattern(word) };
  };
  const searchIndexed = serviceList(sql`${services.id} in (select rowid from ${servicesSearch} where ${indexedMatch})`, true, searchValues);
  const searchEveryService = serviceList(everyServiceMatch, true, searchValues);
  // Counting stops at one more than a search lists: the index hands over matches as it finds them.
  const firstMatchesIndexed = builtOnce(() =>
    db
      .select({ id: services.id })
      .from(servicesSearch)
      .innerJoin(services, eq(services.id, servicesSearch.rowid))
      .where(and(indexedMatch, live))
      .limit(MAX_SEARCH_MATCHES + 1)
      .prepare(),
  );
  const firstMatchesEveryService = builtOnce(() =>
    db.select({ id: services.id }).from(services).where(and(live, everyServiceMatch)).limit(MAX_SEARCH_MATCHES + 1).prepare(),
  );

  const sources = {
    /** Agencies live on the channel with at least one live service, alphabetical in the citizen's language. */
    agencies: (async (ctx, { offset, limit }) => agencyList(ctx.lang).all({ offset, limit })) satisfies ListSource,

    agency_services: serviceList(eq(services.agencyCode, sql.placeholder('agency')), false, (ctx) => ({ agency: ctx.vars.agency ?? '' })),

    /** The categories that have live services, alphabetical in the citizen's language. */
    categories: (async (ctx, { offset, limit }) => {
      const withServices = new Set((await liveCategories().all()).map((row) => row.category));
      return categoryOrder[ctx.lang]
        .filter((category) => withServices.has(category))
        .map((category) => ({ id: category, label: CATEGORY_NAMES[category][ctx.lang] }))
        .slice(offset, offset + limit);
    }) satisfies ListSource,

    category_services: serviceList(eq(services.category, sql.placeholder('category')), true, (ctx) => ({ category: ctx.vars.category ?? '' })),

    /** Services whose name (either language) or agency code contains the typed word, any case. */
    search_services: (async (ctx, window) => (searchValues(ctx).indexed ? searchIndexed(ctx, window) : searchEveryService(ctx, window))) satisfies ListSource,

    /** Services citizens can apply for by phone. */
    applicable_services: serviceList(eq(services.ussdApply, true), true),
  };

  const serviceWithAgency = perLanguage((lang) =>
    db
      .select({ service: services, agencyName: lang === 'sw' ? agencies.nameSw : agencies.nameEn })
      .from(services)
      .innerJoin(agencies, eq(agencies.code, services.agencyCode))
      .where(and(eq(services.id, sql.placeholder('id')), live))
      .prepare(),
  );
  const findService = (ctx: StepContext) => serviceWithAgency(ctx.lang).get({ id: Number(ctx.vars.service) });

  const actions = {
    /** Whether a search has matches to list: none, some, or more than a citizen can page through. */
    count_search_matches: (async (ctx) => {
      const values = searchValues(ctx);
      const matches = (await (values.indexed ? firstMatchesIndexed() : firstMatchesEveryService()).all(values)).length;
      const outcome = matches === 0 ? 'none' : matches > MAX_SEARCH_MATCHES ? 'too_many' : 'some';
      return { outcome, vars: { max_matches: String(MAX_SEARCH_MATCHES) } };
    }) satisfies Action,

    /** Sets the chosen service's details (and `can_apply`) for the details screen. */
    load_service: (async (ctx) => {
      const row = await findService(ctx);
      if (!row) return { outcome: 'not_found' };
      return { outcome: 'found', vars: describeService(ctx, row) };
    }) satisfies Action,

    /** Queues the service's details by SMS; asking twice in one session sends one SMS. */
    send_service_details: (async (ctx) => {
      const row = await findService(ctx);
      if (!row) return { outcome: 'not_found' };
      await queueSms(db, {
        kind: 'service_details',
        phone: ctx.phone,
        language: ctx.lang,
        dedupeKey: `service_details:${ctx.sessionId}:${row.service.id}`,
        // The citizen asked for it on this screen: sent even with SMS updates off.
        ignoreOptOut: true,
        now: now(),
        values: describeService(ctx, row),
      });
      onSmsQueued?.();
      return { outcome: 'queued' };
    }) satisfies Action,
  };

  return { sources, actions };
}

/** The categories in each language's alphabetical order, sorted once. */
const categoryOrder = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, [...CATEGORIES].sort((a, b) => CATEGORY_NAMES[a][lang].localeCompare(CATEGORY_NAMES[b][lang]))]),
) as Record<Language, Category[]>;

/** What the details screen and the details SMS say about a service, in the citizen's language. */
function describeService(ctx: StepContext, { service, agencyName }: { service: typeof services.$inferSelect; agencyName: string }) {
  const sw = ctx.lang === 'sw';
  return {
    service_name: sw ? service.nameSw : service.nameEn,
    agency_name: agencyName,
    agency_code: service.agencyCode,
    fee: formatKes(service.feeKes),
    convenience_fee: formatKes(convenienceFee(service.feeKes)),
    total: formatKes(totalPayable(service.feeKes)),
    requirements: sw ? service.requirementsSw : service.requirementsEn,
    processing_time: sw ? service.processingTimeSw : service.processingTimeEn,
    description: sw ? service.descriptionSw : service.descriptionEn,
    can_apply: service.ussdApply && service.applyFields ? 'yes' : 'no',
  };
}

/** A-Z as a citizen reads it: "KRA" among the K's, not before every lower-case letter. */
function alphabetical(column: SQLiteColumn): SQL {
  return sql`${column} collate nocase`;
}

function serviceName(lang: Language): SQLiteColumn {
  return lang === 'sw' ? services.nameSw : services.nameEn;
}

/** Case-insensitive substring match against the `pattern` placeholder (see likePattern). */
function contains(column: SQLiteColumn): SQL {
  return sql`lower(${column}) like ${sql.placeholder('pattern')} escape '\\'`;
}

/**
 * The FTS5 table of migration 0004 (services_search), declared here to build queries on and
 * kept out of schema.ts: drizzle-kit cannot create a virtual table. `rowid` is the service's id.
 */
const servicesSearch = sqliteTable('services_search', { rowid: integer('rowid').notNull() });

/** The trigram tokenizer indexes every three characters: shorter words cannot be looked up. */
const TRIGRAM = 3;

/** A typed word as one FTS5 phrase: matched as a substring, any case, its characters taken literally. */
function ftsPhrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** The LIKE pattern for a typed word: any case, `%` and `_` typed by a citizen matched literally. */
function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
