import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesVersion } from '../../scripts/rules-version.js';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'recollect-rules-version-'));
  for (const dir of ['src/markdown', 'src/knowledge', 'src/generate/gates', 'src/server']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, 'src/markdown/parse.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/knowledge/facts.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'src/generate/gates/leak.ts'), 'export const c = 3;\n');
  writeFileSync(join(root, 'src/pipeline.ts'), 'export const d = 4;\n');
  writeFileSync(join(root, 'src/server/app.ts'), 'export const e = 5;\n');
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ dependencies: { 'markdown-it': '14.3.3', 'wink-nlp': '2.4.0', hono: '4.0.0' } }),
  );
  return root;
}

describe('rulesVersion (the version of the rules the bundle step puts into the CLI)', () => {
  it('changes when a rule changes, or a library that reads the text', () => {
    const root = project();
    const before = rulesVersion(root);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesVersion(root)).toBe(before);
    writeFileSync(join(root, 'src/generate/gates/leak.ts'), 'export const c = 30;\n');
    const afterRule = rulesVersion(root);
    expect(afterRule).not.toBe(before);
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ dependencies: { 'markdown-it': '14.3.4', 'wink-nlp': '2.4.0', hono: '4.0.0' } }),
    );
    expect(rulesVersion(root)).not.toBe(afterRule);
  });

  it('does not change for code that makes no items (the server, another library)', () => {
    const root = project();
    const before = rulesVersion(root);
    writeFileSync(join(root, 'src/server/app.ts'), 'export const e = 50;\n');
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ dependencies: { 'markdown-it': '14.3.3', 'wink-nlp': '2.4.0', hono: '4.1.0' } }),
    );
    expect(rulesVersion(root)).toBe(before);
  });
});
