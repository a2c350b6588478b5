/** What one BGP speaker announces to its neighbour on one tunnel. */
import type { Asn, Prefix } from '../types';

export interface AdvertisedRoute {
  readonly prefix: Prefix;
  /** AS_SEQUENCE, nearest AS first. */
  readonly asPath: readonly Asn[];
  readonly med: number;
  /** The advertiser's inside address (R61). */
  readonly nextHop: string;
}
