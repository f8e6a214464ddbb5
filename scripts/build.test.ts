// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const outDirs: string[] = [];

function build(env: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'order-restore-build-'));
  outDirs.push(outDir);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    env: { ...process.env, ...env, BUILD_OUT_DIR: outDir },
    stdio: 'pipe',
  });
  return outDir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('production builds', () => {
  it('leaves MSW out entirely when VITE_API_BASE_URL points at a real backend', () => {
    const outDir = build({ VITE_API_BASE_URL: 'https://api.example.test' });
    const files = filesUnder(outDir);
    expect(files.some((file) => file.endsWith('mockServiceWorker.js'))).toBe(false);
    const code = files
      .filter((file) => /\.(js|html)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(code.length).toBeGreaterThan(0);
    for (const marker of ['mockServiceWorker', 'setupWorker', 'MSW', 'msw']) {
      expect(code, `found "${marker}" in the real-backend build`).not.toContain(marker);
    }
    const html = readFileSync(join(outDir, 'index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toContain("connect-src 'self' https://api.example.test");
  }, 120_000);

  it('ships the demo with its mock in a separate chunk, under a CSP with no inline script', () => {
    const outDir = build({ VITE_API_BASE_URL: '' });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8').replaceAll('&#39;', "'");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const entry = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const entryCode = readFileSync(join(outDir, entry!), 'utf8');
    expect(entryCode).not.toContain('setupWorker');
    const files = filesUnder(outDir);
    expect(files.some((file) => file.endsWith('mockServiceWorker.js'))).toBe(true);
    const mockChunk = files.filter(
      (file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes('mockServiceWorker.js'),
    );
    expect(mockChunk.length).toBeGreaterThan(0);
  }, 120_000);
});
