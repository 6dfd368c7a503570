/** The class server's JSON shapes, from the server's own declarations (types only; nothing is bundled). */
export type {
  ClassDashboard,
  ClassNoteMastery,
  FailedItem,
  ItemMastery,
  StudentProgress,
  WeekRetention,
} from '../../../src/class-server/dashboard-types';
