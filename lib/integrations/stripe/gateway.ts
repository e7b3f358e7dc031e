// What Herald asks of a payment provider, in its own words (the Stripe client implements it).
export type CardCharge =
  | { outcome: "succeeded"; paymentIntentId: string; amountMinor: number }
  // The card itself said no (`card_declined`, `authentication_required`, …): auto-charge turns off.
  | { outcome: "declined"; code: string; message: string }
  // The provider could not be reached or failed: nothing is known to have happened; try again later.
  | { outcome: "failed"; message: string };
