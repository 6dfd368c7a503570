// Preloaded with `node --import` by bundle.test.ts: prints the URL of every ES module Node loads, so the test can
// tell which files of the bundle a command needed.
import { register } from 'node:module';

const hooks = `export async function load(url, context, next) {
  process.stderr.write('LOADED ' + url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
