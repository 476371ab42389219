import type { Language } from '../menu/menu-schema.js';
import type { Database } from './database.js';

/**
 * A prepared query (or anything costly to build) made on first use and kept: capabilities are
 * created before any database is asked anything (the menu check creates them with none).
 */
export function builtOnce<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/** `builtOnce` for each key, kept in `store`. */
export function builtOncePer<K, T>(store: { get(key: K): T | undefined; set(key: K, value: T): unknown }, build: (key: K) => T): (key: K) => T {
  return (key) => {
    let value = store.get(key);
    if (value === undefined) {
      value = build(key);
      store.set(key, value);
    }
    return value;
  };
}

/** `builtOnce` for each language: a query whose order or columns depend on the citizen's language. */
export function perLanguage<T>(build: (lang: Language) => T): (lang: Language) => T {
  return builtOncePer(new Map<Language, T>(), build);
}

/**
 * `builtOnce` for each database: statements prepared on a database's first use and kept while
 * it lives (the tests open many).
 */
export function perDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  return builtOncePer(new WeakMap<Database, T>(), build);
}
