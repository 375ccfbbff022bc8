/** `npm run gen:api`: writes apps/shared/openapi.d.ts from the route schemas. */
import fs from 'node:fs';
import { GENERATED_FILE, renderApiTypes } from '../src/openapi/generate.js';

fs.writeFileSync(GENERATED_FILE, await renderApiTypes());
console.log(`wrote ${GENERATED_FILE}`);
