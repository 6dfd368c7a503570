/** Debian chromium driven by playwright-core, with the flags that work on this machine (docs: stack.md). */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import type { SystemTool } from '../system-tools.js';

export const CHROMIUM = process.env.RECOLLECT_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's chromium, for describeWith: the web tests skip without it outside CI. */
export function chromiumTool(): SystemTool {
  return {
    name: 'chromium',
    missing: existsSync(CHROMIUM) ? undefined : `not found at ${CHROMIUM}`,
    install: 'apt-get update && apt-get install -y chromium',
  };
}

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}: the browser tests need it. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (or set RECOLLECT_CHROMIUM to its path).',
    );
  }
}

/** One chromium for several people: each `newContext()` has its own cookies (the class server's tests). */
export async function launchSharedBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A fresh browser profile sized like a phone (390 px wide). Fails loudly when chromium is missing. */
export async function launchBrowser(): Promise<BrowserContext> {
  requireChromium();
  // launchPersistentContext is how playwright takes a --user-data-dir: a new empty profile per run.
  const profile = await mkdtemp(join(tmpdir(), 'recollect-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
  });
}
