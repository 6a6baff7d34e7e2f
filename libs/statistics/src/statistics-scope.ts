/**
 * Whose cases the figures may count: an officer's unit (the cases it handles), or the whole
 * province when `handlingOrgId` is undefined. A `handlingOrg` filter never widens a scope.
 */
export interface StatisticsScope {
  readonly handlingOrgId?: string;
}
