import { z } from 'zod';
import { MenuFile } from './menu-schema.js';

/** The JSON Schema editors use to check menu files, generated from the zod schema (never edited by hand). */
export function menuJsonSchema(): string {
  const schema = z.toJSONSchema(MenuFile, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'e-Citizen USSD menu file' }, null, 2)}\n`;
}
