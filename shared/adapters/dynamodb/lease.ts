/**
 * The leases the pipeline takes on an item (the employer lock, a digest's sending claim, a user's
 * collected digests): each an epoch-seconds `leaseUntil` beside the holder, and its conditions
 * built from these named parts, with the values `leaseValues` gives them.
 */
export const LEASE = {
  /** Nobody has ever held it, or the last holder let go. */
  none: 'attribute_not_exists(leaseUntil)',
  /** Its holder's time ran out: anyone may take it over. */
  expired: 'leaseUntil < :now',
  /** The SET that takes it until `:until`. */
  take: 'leaseUntil = :until',
} as const;

/** `:now` and `:until` for a lease of `seconds` from `now`, in epoch seconds as DynamoDB compares them. */
export function leaseValues(now: Date, seconds: number): { ':now': number; ':until': number } {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return { ':now': nowSeconds, ':until': nowSeconds + seconds };
}
