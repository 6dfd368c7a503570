/** What every route handler needs: the study service, the vault view, the event hub and the clock. */
import type { StudyService } from '../study/service.js';
import type { EventHub } from './events.js';
import type { VaultView } from './vault-view.js';

export interface ServerContext {
  readonly service: StudyService;
  readonly view: VaultView;
  readonly hub: EventHub;
  /** The vault folder as given (attachments are resolved under its realpath). */
  readonly vaultRoot: string;
  readonly vaultName: string;
  /** Current time; tests pass a fixed clock. */
  readonly now: () => Date;
}
