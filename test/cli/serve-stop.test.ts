import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, makeStudyVault, requireBuild } from './study-helpers.js';

let temp: ReturnType<typeof makeStudyVault> | undefined;
let server: ChildProcess | undefined;
afterEach(() => {
  // A server that did not stop is killed, so a failing run leaves nothing behind.
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  temp?.remove();
});

/** The first line of stdout that matches, as the server prints it. */
async function lineMatching(stream: NodeJS.ReadableStream, pattern: RegExp): Promise<RegExpExecArray> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    const match = pattern.exec(text);
    if (match) return match;
  }
  throw new Error(`the server never printed ${pattern}; it printed:\n${text}`);
}

describe('recollect serve', () => {
  it('stops on Ctrl+C while a page is listening for vault changes', async () => {
    requireBuild();
    temp = makeStudyVault();
    const child = spawn(process.execPath, [bin, 'serve', temp.vault, '--data', temp.data, '--port', '0'], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    const exited = once(child, 'exit');
    const [, origin] = await lineMatching(child.stdout, /(http:\/\/127\.0\.0\.1:\d+)\//);
    // An open page: an event stream that stays connected.
    const connected = new Promise<void>((resolve, reject) => {
      get(`${origin}/api/events`, (response) => {
        expect(response.statusCode).toBe(200);
        response.once('data', () => resolve());
        response.resume();
      }).on('error', reject);
    });
    await connected;
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});
