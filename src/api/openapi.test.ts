// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import committed from './openapi.json';
import { ENDPOINTS, mswPath } from './endpoints';
import { buildOpenApiDocument } from './openapi';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = JSON.parse(JSON.stringify(buildOpenApiDocument())) as typeof committed;

type Operation = { operationId: string; parameters: Array<{ $ref?: string; name?: string }> };
const paths = committed.paths as unknown as Record<string, Record<string, Operation>>;

/** Follows a local `$ref` (`#/components/schemas/Order`) through the document, or undefined. */
function resolve(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      committed,
    );
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is committed as the contract builds it', () => {
    expect(
      committed,
      'src/api/openapi.json is out of date: run `npm run openapi` and commit the result',
    ).toEqual(built);
  });

  it('has every endpoint of the table under its path and method, and nothing else', () => {
    const documented = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method} ${path} ${op.operationId}`),
    );
    expect(documented.sort()).toEqual(
      ENDPOINTS.map((e) => `${e.method} ${e.path} ${e.operationId}`).sort(),
    );
  });

  it('asks for an Idempotency-Key on every change, and only there', () => {
    const header = committed.components.parameters.IdempotencyKey;
    expect(header).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: true });
    expect(header.schema.pattern).toBeTruthy();
    for (const e of ENDPOINTS) {
      const asks = paths[e.path]![e.method]!.parameters.some(
        (parameter) => parameter.$ref === '#/components/parameters/IdempotencyKey',
      );
      expect(asks, `${e.operationId}`).toBe(e.idempotent);
    }
  });

  it('resolves every $ref it makes', () => {
    const refs = refsIn(committed);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => resolve(ref) === undefined)).toEqual([]);
  });
});

describe("the README's contract table", () => {
  it('lists exactly the endpoints of the table (paths in the `:id` form)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\|\s*(GET|POST|DELETE) `([^`]+)`/gm)].map(
      ([, method, path]) => `${method} ${path}`,
    );
    expect(rows.sort()).toEqual(
      ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${mswPath(e)}`).sort(),
    );
  });
});

describe('the first load', () => {
  // The table names every schema of the contract and the document is large: the app calls its
  // endpoints by path, so only the mock, the scripts and tests may import them.
  it("keeps the endpoint table and the document out of the app's own code", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (file !== join(root, 'src/test')) walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const name = relative(root, file);
          if (name === 'src/api/endpoints.ts' || name === 'src/api/openapi.ts') continue;
          if (/from '[^']*(\/endpoints|\/openapi(\.json)?)'/.test(readFileSync(file, 'utf8'))) {
            offenders.push(name);
          }
        }
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});
