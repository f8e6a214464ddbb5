// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CATALOG_PART_ROOTS } from '../../src/i18n/catalog-parts';
import { linguiConfig, readCatalog } from './read-catalogs';
import {
  filesByPart,
  importGraph,
  importsOf,
  messageParts,
  partMessages,
  splitCatalog,
  type ImportGraph,
} from './split-catalog';

const graph = (edges: Record<string, { static?: string[]; dynamic?: string[] }>): ImportGraph =>
  new Map(
    Object.entries(edges).map(([file, e]) => [
      file,
      { static: e.static ?? [], dynamic: e.dynamic ?? [] },
    ]),
  );

describe('the imports a file runs', () => {
  it('reads static, re-exported and on-demand imports, and leaves type-only ones out', () => {
    const source = `
      import { a } from './a';
      import './styles.css';
      import type { T } from './types';
      import { type U } from './only-types';
      import { type V, w } from './mixed';
      export { x } from './x';
      export type { Y } from './y';
      export * from './all';
      const Lazy = lazy(() => import('./lazy'));
      const tsx = <div>{String(a)}</div>;
    `;
    expect(importsOf(source, 'f.tsx')).toEqual({
      static: ['./a', './styles.css', './mixed', './x', './all'],
      dynamic: ['./lazy'],
    });
  });
});

describe('which files a part is', () => {
  const app = graph({
    main: { static: ['shell', 'words'], dynamic: ['mock', 'screen'] },
    shell: { static: ['words'], dynamic: ['dialog'] },
    mock: { static: ['domain'] },
    screen: { static: ['card', 'words', 'shared'], dynamic: ['rows', 'dialog'] },
    rows: { static: ['row'] },
    record: { static: ['shared', 'timeline'] },
    dialog: { static: ['form', 'domain'] },
    words: {},
  });
  const roots = { screen: ['screen'], record: ['record'], dialogs: ['dialog'] };

  it('core is what the entry reaches without crossing into a root; a part, what only its roots reach', () => {
    const { core, parts } = filesByPart(app, 'main', roots);
    expect([...core].sort()).toEqual(['domain', 'main', 'mock', 'shell', 'words']);
    expect(Object.fromEntries([...parts].map(([file, p]) => [file, [...p].sort()]))).toEqual({
      screen: ['screen'],
      card: ['screen'],
      rows: ['screen'], // loaded on demand by the screen, whose part is loaded by then
      row: ['screen'],
      shared: ['record', 'screen'],
      record: ['record'],
      timeline: ['record'],
      dialog: ['dialogs'],
      form: ['dialogs'],
    });
  });

  it('refuses a root the main chunk already holds, or one nothing imports', () => {
    expect(() => filesByPart(app, 'main', { ...roots, words: ['words'] })).toThrow(/main chunk/);
    expect(() => filesByPart(app, 'main', { gone: ['nowhere'] })).toThrow(/not imported/);
  });

  it('a message is core if any file it is written in is core, else in each of its files’ parts', () => {
    const { parts } = filesByPart(app, 'main', roots);
    const byMessage = messageParts(
      new Map([
        ['m1', ['card']],
        ['m2', ['card', 'words']],
        ['m3', ['shared', 'form']],
        ['m4', []],
        ['m5', ['deleted-file']],
      ]),
      parts,
    );
    expect(Object.fromEntries([...byMessage].map(([id, p]) => [id, [...p].sort()]))).toEqual({
      m1: ['screen'],
      m2: ['core'],
      m3: ['dialogs', 'record', 'screen'],
      m4: ['core'],
      m5: ['core'],
    });
  });
});

describe("the app's catalog in parts", () => {
  const app = importGraph(process.cwd(), [
    'src/main.tsx',
    ...Object.values(CATALOG_PART_ROOTS).flat(),
  ]);
  const { core, parts } = filesByPart(app, 'src/main.tsx', CATALOG_PART_ROOTS);

  it('keeps the first view, the mock and the contract in core, and each screen and dialog in its part', () => {
    for (const file of [
      'src/features/my-orders/my-orders-screen.tsx',
      'src/app/layout.tsx',
      'mocks/browser.ts',
      'src/api/contract.ts',
    ])
      expect(core.has(file), file).toBe(true);
    expect(parts.get('src/features/deleted-orders/deleted-orders-screen.tsx')).toEqual(
      new Set(['deleted']),
    );
    expect(parts.get('src/features/deleted-orders/virtual-rows.tsx')).toEqual(new Set(['deleted']));
    expect(parts.get('src/features/order-details/order-details-screen.tsx')).toEqual(
      new Set(['record']),
    );
    expect(parts.get('src/app/routes/use-restore-dialog.tsx')).toEqual(
      new Set(['deleted', 'record']),
    );
    expect(parts.get('src/features/restore/restore-summary.tsx')).toEqual(new Set(['later']));
  });

  it('builds every message of the catalog into core or a part, never into both', async () => {
    const english = Object.fromEntries((await readCatalog('en')).map((m) => [m.id, m.message]));
    const { messages } = await splitCatalog(linguiConfig(), 'src/main.tsx', CATALOG_PART_ROOTS);
    const built = ['core', ...Object.keys(CATALOG_PART_ROOTS)].map((part) =>
      Object.keys(partMessages(english, messages, part)),
    );
    const [core, ...others] = built;
    expect(new Set(built.flat())).toEqual(new Set(Object.keys(english)));
    for (const part of others) expect(part.filter((id) => core!.includes(id))).toEqual([]);
    // Most of the app's sentences are not needed before the first render.
    expect(core!.length).toBeLessThan(Object.keys(english).length / 2);
  });

  it('keeps a message the split does not know in core', () => {
    const split = new Map([['a', new Set(['deleted'])]]);
    expect(partMessages({ a: 'A', b: 'B' }, split, 'core')).toEqual({ b: 'B' });
    expect(partMessages({ a: 'A', b: 'B' }, split, 'deleted')).toEqual({ a: 'A' });
  });
});
