/** Tab, line feed, vertical tab, form feed, carriage return and NEL: they part words, as a space does. */
const BREAKS = /[\t\n\v\f\r\u0085]/g;
/** The rest of C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * What a citizen typed, with no control characters left to reach the engine or a query: a NUL
 * ends a string in SQLite's FTS5 query parser, and no keypad or SMS app means one. Breaks become
 * spaces (an SMS may put its keyword on its own line); every other control character is dropped,
 * so `pa<NUL>ss` is read as `pass`.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, '');
}
