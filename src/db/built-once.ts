import type { Language } from '../menu/menu-schema.js';

/**
 * A prepared query (or anything costly to build) made on first use and kept: capabilities are
 * created before any database is asked anything (the menu check creates them with none).
 */
export function builtOnce<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/** `builtOnce` for each language: a query whose order or columns depend on the citizen's language. */
export function perLanguage<T>(build: (lang: Language) => T): (lang: Language) => T {
  const built = new Map<Language, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}
