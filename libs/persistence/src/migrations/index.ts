import { Initial1795888317749 } from './1795888317749-Initial';

/** Every migration, in order. A new one is generated with `npm run db:generate -- Name` and added here. */
export const MIGRATIONS = [Initial1795888317749];
