/**
 * `npm run i18n:extract`: brings every catalog up to date with the code (Lingui's extractor,
 * `lingui extract --clean`), then writes the pseudo-language's catalog from the English one:
 * each message about 40 % longer and in brackets, so clipped or hard-coded text shows. Lingui
 * accents it when it compiles the pseudo-language (`pseudoLocale` in lingui.config.ts).
 */
import { execFileSync } from 'node:child_process';
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { fileURLToPath } from 'node:url';
import { pseudoMessage } from './pseudo';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

execFileSync('npx', ['lingui', 'extract', '--clean'], { cwd: ROOT, stdio: 'inherit' });

const config = getConfig({ cwd: ROOT, configPath: `${ROOT}/lingui.config.ts` });
const [catalog] = await getCatalogs(config);
const english = await catalog!.read(config.sourceLocale!);
const pseudo = Object.fromEntries(
  Object.entries(english ?? {}).map(([id, entry]) => [
    id,
    { ...entry, translation: pseudoMessage(entry.message ?? id) },
  ]),
);
await catalog!.write(config.pseudoLocale!, pseudo);
console.log(`Pseudo-language: ${Object.keys(pseudo).length} messages.`);
