#!/usr/bin/env node
// Writes the published JSON Schemas into schema/ from the zod schemas in the built library (dist/).
// Usage: npm run schema   (builds first). Add a module here to publish more schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = [['../dist/citations/schema.js', 'citationJsonSchemas'], ['../dist/order/schema.js', 'orderJsonSchemas']];

mkdirSync(join(root, 'schema'), { recursive: true });
for (const [mod, fn] of sources) {
  const schemas = (await import(mod))[fn]();
  for (const [name, schema] of Object.entries(schemas)) {
    writeFileSync(join(root, 'schema', name), JSON.stringify(schema, null, 2) + '\n');
    console.log(`schema/${name}`);
  }
}
