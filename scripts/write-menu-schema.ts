// `npm run menus:schema`: rewrites menus/menu.schema.json from the zod schema in src/menu/.
import { writeFileSync } from 'node:fs';
import { menuJsonSchema } from '../src/menu/menu-json-schema.js';

const target = new URL('../menus/menu.schema.json', import.meta.url);
writeFileSync(target, menuJsonSchema());
console.log(`wrote ${target.pathname}`);
