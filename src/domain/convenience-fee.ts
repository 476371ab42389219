/**
 * e-Citizen adds a gazetted convenience fee to every paid service: KES 5 below KES 200 up to
 * KES 50 above KES 1,000 (AT-API.md, "Kenyan context"). The middle tiers here are this
 * project's reading of that schedule and must be confirmed against the gazette notice.
 */
const TIERS: { upTo: number; fee: number }[] = [
  { upTo: 0, fee: 0 },
  { upTo: 199, fee: 5 },
  { upTo: 499, fee: 20 },
  { upTo: 1000, fee: 30 },
];
const ABOVE_TIERS = 50;

export function convenienceFee(serviceFeeKes: number): number {
  return TIERS.find((tier) => serviceFeeKes <= tier.upTo)?.fee ?? ABOVE_TIERS;
}

/** What the citizen pays in all: the service fee and the convenience fee. */
export function totalPayable(serviceFeeKes: number): number {
  return serviceFeeKes + convenienceFee(serviceFeeKes);
}

/** The M-Pesa paybill every e-Citizen payment goes to; the account is the application reference. */
export const ECITIZEN_PAYBILL = '222222';
