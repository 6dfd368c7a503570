/** Public surface of the store: open it, and the types and errors callers handle. */
export {
  DatabaseBusyError,
  DatabaseFullError,
  DatabaseReadOnlyError,
  DatabaseRowDamagedError,
  DatabaseTooNewError,
  DatabaseUnavailableError,
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
export {
  EmbeddedDatabaseError,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
  startEmbeddedPostgres,
} from './pg-embedded.js';
export {
  connectPostgres,
  dropPostgresStore,
  isSchemaName,
  openPostgresStore,
  type PostgresConnection,
} from './pg-open.js';
export type * from './types.js';
