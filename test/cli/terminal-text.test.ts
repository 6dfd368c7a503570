/** Note text never reaches the terminal as control sequences (OSC 52 clipboard writes, `ESC[6n` replies, C1). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-text.js';
import { runCli } from '../reliability/cli-io.js';

const OSC52 = '\u001b]52;c;ZWNobyBoaQ==\u0007';
const REPORT = '\u001b[6n';
const C1_CSI = '\u009b6n';

/** Control characters a terminal acts on; tab and newline aside. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const vault = mkdtempSync(join(tmpdir(), 'recollect-escapes-'));
writeFileSync(
  join(vault, `evil${REPORT}.md`),
  `# Evil ${OSC52}title\n\n- **1789** - The Bastille fell in Paris ${REPORT}\n` +
    `- **Photosynthesis** is the process by which plants make sugar ${C1_CSI}\n` +
    `- **Mitochondria** are the organelles ${OSC52} that release energy\n`,
);
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe('text printed to the terminal', () => {
  it('shows control characters as visible \\u escapes, keeping tabs, newlines and our own colours', () => {
    expect(terminalSafe(`a${OSC52}b`)).toBe('a\\u001b]52;c;ZWNobyBoaQ==\\u0007b');
    expect(terminalSafe(`x${C1_CSI}\u007f`)).toBe('x\\u009b6n\\u007f');
    expect(terminalSafe('\u001b[1mbold\u001b[22m\tand\n\u001b[2K')).toBe(
      '\u001b[1mbold\u001b[22m\tand\n\u001b[2K',
    );
  });

  it.each([['cards'], ['timeline'], ['cards', '--explain']])(
    '%s prints no control character from a note',
    async (...args) => {
      const run = await runCli([...args, vault]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Bastille|Photosynthesis/);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stderr).not.toMatch(CONTROL);
    },
  );

  it('keeps --json output valid JSON with the note text intact', async () => {
    const run = await runCli(['cards', vault, '--json']);
    expect(run.stdout).not.toMatch(CONTROL);
    const deck = JSON.parse(run.stdout) as { items: { fact: string }[] };
    expect(deck.items.some((item) => item.fact.endsWith(`sugar ${C1_CSI}`))).toBe(true);
  });
});
