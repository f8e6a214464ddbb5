/**
 * Writes the OpenAPI document built from the contract to src/api/openapi.json, formatted as
 * Prettier would (so `prettier --check` accepts it). Run after changing a schema or an endpoint:
 * `src/api/openapi.test.ts` fails until the committed file matches.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { buildOpenApiDocument } from '../src/api/openapi';

const target = fileURLToPath(new URL('../src/api/openapi.json', import.meta.url));
const options = await prettier.resolveConfig(target);
const text = await prettier.format(JSON.stringify(buildOpenApiDocument()), {
  ...options,
  filepath: target,
});
writeFileSync(target, text);
console.log(`Wrote ${target}`);
