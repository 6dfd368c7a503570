/** Public surface of the store: open it, and the types and errors callers handle. */
export {
  DatabaseBusyError,
  DatabaseFullError,
  DatabaseReadOnlyError,
  DatabaseRowDamagedError,
  DatabaseTooNewError,
  DatabaseUnreadableError,
  ItemNotFoundError,
} from './errors.js';
export { LATEST_VERSION } from './migrations.js';
export {
  DATA_DIR_NAME,
  DATABASE_FILE,
  dataDirFor,
  type OpenStoreOptions,
  openMemoryStore,
  openStore,
} from './open.js';
export type * from './types.js';
