import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openerArgs } from '../../src/cli/commands/serve.js';
import { writeLaunchPage } from '../../src/cli/launch-page.js';

const URL = 'http://127.0.0.1:4173/#token=0123456789abcdef0123456789abcdef';

describe('serve --open', () => {
  it('hands the browser a private page, so the token is not in the command line', () => {
    const page = writeLaunchPage(URL);
    try {
      const args = openerArgs(page.path);
      expect(args.join(' ')).not.toContain('0123456789abcdef');
      expect(args).toEqual([page.path]);
      expect(statSync(page.path).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(page.path)).mode & 0o777).toBe(0o700);
      expect(readFileSync(page.path, 'utf8')).toContain(`content="0;url=${URL}"`);
    } finally {
      page.remove();
    }
  });
});
