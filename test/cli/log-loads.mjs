// Preloaded with `node --import` by bundle.test.ts: prints the URL of every ES module Node loads, and at exit the
// file of every CommonJS module it required, so the test can tell which files of the bundle a command needed.
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const hooks = `export async function load(url, context, next) {
  process.stderr.write('LOADED ' + url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  for (const file of Object.keys(cache)) process.stderr.write(`LOADED ${pathToFileURL(file).href}\n`);
});
