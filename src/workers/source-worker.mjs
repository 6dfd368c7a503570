// Worker entry used only when recollect runs from its TypeScript sources (tests, `npm run bench`): worker threads
// on Node 20 do not inherit the tsx loader of the main thread, so this registers it before loading the real
// worker. The built package (dist/) loads build-worker.js directly and never reaches this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./build-worker.ts');

export default worker.default;
