/** What every route handler of the local server needs: the pages' API context plus the event hub and the vault. */
import type { ApiContext } from './api-context.js';
import type { EventHub } from './events.js';
import type { VaultView } from './vault-view.js';

export interface ServerContext extends ApiContext {
  readonly view: VaultView;
  readonly hub: EventHub;
  /** The vault folder as given (attachments are resolved under its realpath). */
  readonly vaultRoot: string;
  readonly vaultName: string;
}
