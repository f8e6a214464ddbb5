/**
 * The catalog in parts (src/i18n/catalog-parts.ts says what a part is): which files each part's
 * messages come from, worked out from the app's imports, and the Vite plugin that builds
 * `messages.po?part=<name>` into the messages of that part.
 *
 * A file is core when the entry reaches it through static imports, or through an on-demand
 * `import()` of anything but a part's root (the mock, the contract, a lazy chunk that loads no
 * messages of its own). A part's files are those its roots reach, by any import, without
 * crossing into another part's root, and that are not core. A message is core when any file it
 * is written in is core (or it is written in none); else it is in the part of each of its files.
 */
import { parseSync, traverse } from '@babel/core';
import {
  createCompilationErrorMessage,
  createCompiledCatalog,
  createMissingErrorMessage,
  getCatalogs,
} from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** A file's imports that run: paths relative to the project root. */
export type Imports = { readonly static: readonly string[]; readonly dynamic: readonly string[] };
export type ImportGraph = ReadonlyMap<string, Imports>;

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveSpecifier(rootDir: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') || specifier.includes('?')) return undefined;
  const base = resolve(rootDir, dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (/\.[cm]?[jt]sx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile())
      return relative(rootDir, candidate);
  }
  return undefined;
}

/** The imports of one source file; type-only imports are left out, as they do not run. */
export function importsOf(source: string, file: string): { static: string[]; dynamic: string[] } {
  const ast = parseSync(source, {
    filename: file,
    babelrc: false,
    configFile: false,
    parserOpts: { plugins: ['typescript', 'jsx'] },
  });
  const found = { static: [] as string[], dynamic: [] as string[] };
  if (!ast) return found;
  traverse(ast, {
    ImportDeclaration(path) {
      const node = path.node;
      const typeOnly =
        node.importKind === 'type' ||
        (node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
      if (!typeOnly) found.static.push(node.source.value);
    },
    ExportNamedDeclaration(path) {
      if (path.node.source && path.node.exportKind !== 'type')
        found.static.push(path.node.source.value);
    },
    ExportAllDeclaration(path) {
      if (path.node.exportKind !== 'type') found.static.push(path.node.source.value);
    },
    CallExpression(path) {
      const [argument] = path.node.arguments;
      if (path.node.callee.type === 'Import' && argument?.type === 'StringLiteral')
        found.dynamic.push(argument.value);
    },
  });
  return found;
}

/** Every file the starting files reach, with its imports, read from disk. */
export function importGraph(rootDir: string, starts: readonly string[]): ImportGraph {
  const graph = new Map<string, Imports>();
  const queue = [...starts];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (graph.has(file)) continue;
    const found = importsOf(readFileSync(join(rootDir, file), 'utf8'), file);
    const resolved = (specifiers: string[]) =>
      specifiers.flatMap((s) => resolveSpecifier(rootDir, file, s) ?? []);
    const imports = { static: resolved(found.static), dynamic: resolved(found.dynamic) };
    graph.set(file, imports);
    queue.push(...imports.static, ...imports.dynamic);
  }
  return graph;
}

function reach(graph: ImportGraph, starts: readonly string[], stopAt: ReadonlySet<string>) {
  const seen = new Set<string>();
  const queue = [...starts];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = graph.get(file);
    if (!imports) continue;
    queue.push(...imports.static, ...imports.dynamic.filter((target) => !stopAt.has(target)));
  }
  return seen;
}

/** The files that are in a part (each with its parts); a file not in the map is core. */
export function filesByPart(
  graph: ImportGraph,
  entry: string,
  roots: Readonly<Record<string, readonly string[]>>,
): { core: ReadonlySet<string>; parts: ReadonlyMap<string, ReadonlySet<string>> } {
  const allRoots = new Set(Object.values(roots).flat());
  const core = reach(graph, [entry], allRoots);
  const parts = new Map<string, Set<string>>();
  for (const [part, partRoots] of Object.entries(roots)) {
    for (const root of partRoots) {
      if (!graph.has(root))
        throw new Error(`${root}, a root of the "${part}" messages, is not imported by the app.`);
      if (core.has(root))
        throw new Error(
          `${root}, a root of the "${part}" messages, is in the main chunk: its part would be empty.`,
        );
    }
    for (const file of reach(graph, partRoots, allRoots)) {
      if (core.has(file)) continue;
      const fileParts = parts.get(file) ?? new Set<string>();
      fileParts.add(part);
      parts.set(file, fileParts);
    }
  }
  return { core, parts };
}

/** The part(s) of each message, from the files it is written in (its origins). */
export function messageParts(
  origins: ReadonlyMap<string, readonly string[]>,
  parts: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, ReadonlySet<string>> {
  const byMessage = new Map<string, ReadonlySet<string>>();
  for (const [id, files] of origins) {
    const fileParts = files.map((file) => parts.get(file));
    if (files.length === 0 || fileParts.some((p) => p === undefined)) {
      byMessage.set(id, new Set(['core']));
    } else {
      byMessage.set(id, new Set(fileParts.flatMap((p) => [...p!])));
    }
  }
  return byMessage;
}

/** The messages of one part: those the split puts in it (a message it does not know is core). */
export function partMessages<T>(
  messages: Readonly<Record<string, T>>,
  split: ReadonlyMap<string, ReadonlySet<string>>,
  part: string,
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(messages).filter(([id]) => split.get(id)?.has(part) ?? part === 'core'),
  );
}

const PART_ID = /\/src\/locales\/([^/]+)\/messages\.po\?part=([\w-]+)$/;

type LinguiConfig = ReturnType<typeof getConfig>;

/** The app's split: each message's parts, from the source catalog's origins and the imports. */
export async function splitCatalog(
  config: LinguiConfig,
  entry: string,
  roots: Readonly<Record<string, readonly string[]>>,
): Promise<{ messages: Map<string, ReadonlySet<string>>; files: ReturnType<typeof filesByPart> }> {
  const rootDir = config.rootDir ?? process.cwd();
  const [catalog] = await getCatalogs(config);
  const source = (await catalog!.read(config.sourceLocale ?? 'en')) ?? {};
  const origins = new Map(
    Object.entries(source)
      .filter(([, message]) => !message.obsolete)
      .map(([id, message]) => [id, (message.origin ?? []).map(([file]) => file)]),
  );
  const graph = importGraph(rootDir, [entry, ...Object.values(roots).flat()]);
  const files = filesByPart(graph, entry, roots);
  return { messages: messageParts(origins, files.parts), files };
}

/**
 * Builds `src/locales/<code>/messages.po?part=<name>` (src/i18n/catalogs.ts imports them) into that
 * part of the language's compiled messages. With `split: false` (the dev server, the unit tests)
 * `core` is the whole catalog and every other part empty.
 */
export function catalogParts(options: {
  readonly entry: string;
  readonly roots: Readonly<Record<string, readonly string[]>>;
  readonly split: boolean;
  readonly failOnMissing: boolean;
}): Plugin {
  const config = getConfig({ cwd: process.cwd() });
  const rootDir = config.rootDir ?? process.cwd();
  let split: ReturnType<typeof splitCatalog> | undefined;
  const splitOnce = () => (split ??= splitCatalog(config, options.entry, options.roots));
  // Each language's catalog is read once a build, however many parts are built from it.
  let translations = new Map<string, ReturnType<typeof readTranslations>>();
  const readTranslations = async (locale: string) => {
    const [catalog] = await getCatalogs(config);
    return catalog!.getTranslations(locale, {
      fallbackLocales: config.fallbackLocales ?? {},
      sourceLocale: config.sourceLocale ?? 'en',
    });
  };
  const translationsOf = (locale: string) => {
    let read = translations.get(locale);
    if (!read) translations.set(locale, (read = readTranslations(locale)));
    return read;
  };
  return {
    name: 'order-restore-catalog-parts',
    enforce: 'pre',
    buildStart() {
      split = undefined;
      translations = new Map();
    },
    async load(id) {
      const match = PART_ID.exec(id);
      if (!match) return null;
      const [, locale, part] = match as unknown as [string, string, string];
      if (part !== 'core' && !(part in options.roots))
        this.error(`No catalog part "${part}" (src/i18n/catalog-parts.ts).`);
      const file = id.split('?')[0]!;
      this.addWatchFile(file);
      const { messages, missing } = await translationsOf(locale);
      if (options.failOnMissing && locale !== config.pseudoLocale && missing.length > 0)
        this.error(createMissingErrorMessage(locale, missing, 'loader'));
      const kept = options.split
        ? partMessages(messages, (await splitOnce()).messages, part)
        : part === 'core'
          ? messages
          : {};
      const { source, errors } = createCompiledCatalog(locale, kept, {
        namespace: 'es',
        pseudoLocale: config.pseudoLocale,
      });
      if (errors.length) this.error(createCompilationErrorMessage(locale, errors));
      return { code: source, map: null, moduleType: 'js' };
    },
    // The built chunks against the split: nothing the first render loads may be a part's file.
    async generateBundle(_output, bundle) {
      if (!options.split) return;
      const { files } = await splitOnce();
      const chunks = new Map(
        Object.values(bundle).flatMap((item) =>
          item.type === 'chunk' ? [[item.fileName, item]] : [],
        ),
      );
      const atStart = new Set<string>();
      const queue = [...chunks.values()].filter((chunk) => chunk.isEntry).map((c) => c.fileName);
      for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
        if (atStart.has(name)) continue;
        atStart.add(name);
        queue.push(...(chunks.get(name)?.imports ?? []));
      }
      for (const name of atStart) {
        for (const moduleId of chunks.get(name)?.moduleIds ?? []) {
          const file = relative(rootDir, moduleId.split('?')[0]!);
          if (files.parts.has(file))
            this.error(
              `${file} is in ${name}, which loads before the first render, but its messages are in the "${[...files.parts.get(file)!].join('", "')}" part (src/i18n/catalog-parts.ts).`,
            );
        }
      }
    },
  };
}
