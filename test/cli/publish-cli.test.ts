/** `recollect publish` from the built binary to a class server on loopback, with a publish token. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPublishToken } from '../../src/class-server/accounts.js';
import { buildDeck } from '../../src/pipeline.js';
import { scanVault } from '../../src/vault/index.js';
import { useClassServer } from '../class-server/helpers.js';
import { bin, requireBuild } from './study-helpers.js';

const h = useClassServer();
const examples = join(import.meta.dirname, '..', '..', 'examples');

/** Runs the CLI asynchronously (the server answering it lives in this process). */
function run(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('recollect publish', () => {
  it('publishes the example vault to a class, and changes nothing the second time', async () => {
    requireBuild();
    const teacher = await h.teacher('wes@school.example');
    await h.newClass(teacher, 'Examples 101');
    const token = await addPublishToken(h.server().context.db, 'wes@school.example', new Date());
    const { files } = await scanVault(examples);
    const items = buildDeck(files, { vault: 'examples' }).deck.items.length;
    const args = ['publish', examples, '--server', h.server().url, '--class', 'Examples 101'];
    const first = await run(args, { RECOLLECT_TOKEN: token });
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(
      `published ${files.length} notes (${items} items) to Examples 101 for 0 students: ` +
        `+${items} added, ~0 updated, 0 moved, -0 retired, 0 revived\n`,
    );
    expect(first.status).toBe(0);
    const second = await run([...args, '--json'], { RECOLLECT_TOKEN: token });
    expect(JSON.parse(second.stdout).changes).toEqual({
      added: 0,
      updated: 0,
      unchanged: items,
      retired: 0,
      revived: 0,
      moved: 0,
    });
  });

  it('refuses a wrong token, an unknown class and a missing token with one clear line each', async () => {
    requireBuild();
    const args = (name: string) => ['publish', examples, '--server', h.server().url, '--class', name];
    const wrong = await run(args('Examples 101'), { RECOLLECT_TOKEN: 'not-a-token' });
    expect(wrong.stderr).toBe('recollect: the class server refused: sign in first (HTTP 401)\n');
    expect(wrong.status).toBe(1);
    await h.teacher('xan@school.example');
    const token = await addPublishToken(h.server().context.db, 'xan@school.example', new Date());
    const unknown = await run(args('Nope'), { RECOLLECT_TOKEN: token });
    expect(unknown.stderr).toBe(`recollect: you have no class called 'Nope' on ${h.server().url}\n`);
    const missing = await run(args('Nope'), { RECOLLECT_TOKEN: '' });
    expect(missing.status).toBe(2);
  });
});
