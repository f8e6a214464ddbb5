// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedTable } from '../mocks/seed-table';

/** Table rows as [cell, cell], whatever padding Prettier gave them. */
function rows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => /^\|\s*\d{16}\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('README', () => {
  it("lists the default seed's order numbers by state, as the generator makes them", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = seedTable('default', 1);
    expect(rows(readme), `Paste this table into the README:\n\n${table}\n`).toEqual(rows(table));
  });
});
