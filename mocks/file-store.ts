/**
 * The mock's state in a JSON file, for `npm run api` (mocks/server.ts): the same state the browser
 * keeps in localStorage (mocks/storage.ts), in `<dataDir>/journal.json`.
 *
 * The file is read once, when the store is made; from then on this process is the only writer, so
 * the state in memory is the truth and the file follows it. Writes happen behind the answers and
 * coalesce (a burst of changes costs one write, not one each), each one atomic: a temporary file
 * renamed over the old one, so a crash leaves the previous state or the new one, never half of
 * one. `flush()` waits for the last write; the server calls it before it exits.
 */
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createLocalLock,
  parseStoredState,
  stampOf,
  type ReadResult,
  type StateStore,
  type StoredState,
} from './storage';

export const JOURNAL_FILE = 'journal.json';

export type FileStore = StateStore & {
  /** Resolves once everything written so far is in the file. */
  flush(): Promise<void>;
  readonly path: string;
};

/** Reads the file; a damaged one or one of another version is moved aside (one log line). */
function readJournal(path: string, dataDir: string, log: (line: string) => void): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'empty' };
    throw error;
  }
  const result = parseStoredState(text);
  if (result.kind === 'reset') {
    const aside = join(
      dataDir,
      `journal.damaged-${new Date().toISOString().replaceAll(/[:.]/g, '-')}.json`,
    );
    renameSync(path, aside);
    log(`${path} could not be used (${result.notice}) It was moved to ${aside}.`);
  }
  return result;
}

export function createFileStore(
  dataDir: string,
  log: (line: string) => void = (line) => console.warn(line),
): FileStore {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, JOURNAL_FILE);
  let current = readJournal(path, dataDir, log);
  let stamp = current.kind === 'ok' ? stampOf(current.state) : null;

  // What is still to be written (null: the file is up to date), and the write under way.
  let pending: StoredState | null = null;
  let writing: Promise<void> | null = null;

  async function writeOut(): Promise<void> {
    while (pending) {
      const state = pending;
      pending = null;
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify(state));
        await rename(temporary, path);
      } catch (error) {
        // The state stays in memory and the next change tries again; the server keeps answering.
        log(`Could not write ${path}: ${(error as Error).message}`);
      }
    }
    writing = null;
  }

  return {
    path,
    read: () => current,
    write: (state) => {
      current = { kind: 'ok', state };
      stamp = stampOf(state);
      pending = state;
      writing ??= writeOut();
    },
    stamp: () => stamp,
    // One process owns the file, so an in-process lock serialises every change.
    lock: createLocalLock(),
    // No other writer, so nothing to hear from or announce to.
    onRemoteChange: () => () => undefined,
    announceChange: () => undefined,
    flush: async () => {
      while (writing) await writing;
    },
  };
}
