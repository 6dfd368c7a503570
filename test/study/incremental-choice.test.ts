import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline.js';
import { createStudyService } from '../../src/study/create-service.js';
import { scanVault } from '../../src/vault/index.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

describe('an incremental scan', () => {
  it('keeps the multiple-choice items a full build makes when one note changes', async () => {
    const vault = mkdtempSync(join(tmpdir(), 'recollect-incremental-'));
    cpSync(examples, vault, { recursive: true });
    const service = await createStudyService({
      vault,
      dataDir: join(vault, '..', `${vault.split('/').pop()}-data`),
    });
    try {
      await service.scan(new Date('2026-01-01T10:00:00Z'));
      appendFileSync(join(vault, 'History/cold-war.md'), '\n- Harry Truman met Stalin at Potsdam\n');
      const report = await service.scan(new Date('2026-01-01T11:00:00Z'));
      expect(report.notesParsed).toBe(1);
      const scan = await scanVault(vault);
      const full = buildDeck(scan.files, { vault }).deck.items;
      const stored = await service.items({ states: ['active'] });
      const storedChoices = stored
        .filter((i) => i.kind === 'choice')
        .map((i) => i.id)
        .sort();
      const fullChoices = full
        .filter((i) => i.kind === 'choice')
        .map((i) => i.id)
        .sort();
      expect(storedChoices).toEqual(fullChoices);
      expect(fullChoices.length).toBeGreaterThan(0);
    } finally {
      await service.close();
    }
  });
});
