/** A small vault in a temp folder and a service on it, for the study service tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudyService } from '../../src/study/create-service.js';
import type { StudyService } from '../../src/study/service.js';

export const CELLS = `# Cells

- **Mitochondria** are the organelles that release energy through respiration
- The **nucleus** holds the genetic material of the cell
- **Ribosomes** build proteins from amino acids
`;

export const RIVERS = `# Rivers

- The Nile flows north into the Mediterranean Sea
- The **Danube** passes through four capital cities
- **1869** - The Suez Canal opened
`;

export const NOW = new Date('2025-03-10T10:00:00Z');

export interface TempVault {
  readonly root: string;
  readonly vault: string;
  readonly dataDir: string;
  write(path: string, text: string): void;
  open(): Promise<StudyService>;
  remove(): void;
}

/** A vault with `Bio/cells.md` and `rivers.md`; the database lives outside it, in `data/`. */
export function makeVault(): TempVault {
  const root = mkdtempSync(join(tmpdir(), 'recollect-study-'));
  const vault = join(root, 'vault');
  const dataDir = join(root, 'data');
  const write = (path: string, text: string): void => {
    mkdirSync(join(vault, path, '..'), { recursive: true });
    writeFileSync(join(vault, path), text);
  };
  write('Bio/cells.md', CELLS);
  write('rivers.md', RIVERS);
  return {
    root,
    vault,
    dataDir,
    write,
    open: () => createStudyService({ vault, dataDir, settings: { timeZone: 'UTC' } }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** `iso` moved by `ms` milliseconds. */
export const later = (date: Date | string, ms: number): Date => new Date(new Date(date).getTime() + ms);
