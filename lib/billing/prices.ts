// FU7: what one SMS segment costs by destination country, in cents. Admins override any line in Settings →
// Billing; a country with neither an override nor a default costs the fallback ("*").
export const FALLBACK_COUNTRY = "*";

// Near Twilio's 2026 outbound SMS list prices, rounded up to whole cents (the wallet keeps integer minor units).
export const defaultSmsPrices: Readonly<Record<string, number>> = {
  US: 1,
  CA: 1,
  GB: 5,
  IE: 8,
  DE: 9,
  FR: 8,
  ES: 8,
  IT: 9,
  NL: 11,
  AU: 6,
  BR: 6,
  MX: 5,
  IN: 1,
  [FALLBACK_COUNTRY]: 10,
};

export interface PriceLine {
  countryCode: string;
  perSegmentMinor: number;
  edited: boolean; // an admin's override rather than the default
}

// The table Settings → Billing shows: every default, overridden where an admin said so, plus added countries.
export function priceTable(
  overrides: readonly { countryCode: string; perSegmentMinor: number }[],
): PriceLine[] {
  const lines = new Map<string, PriceLine>();
  for (const [countryCode, perSegmentMinor] of Object.entries(defaultSmsPrices)) {
    lines.set(countryCode, { countryCode, perSegmentMinor, edited: false });
  }
  for (const o of overrides) lines.set(o.countryCode, { ...o, edited: true });
  return [...lines.values()].sort(
    (a, b) =>
      Number(a.countryCode === FALLBACK_COUNTRY) - Number(b.countryCode === FALLBACK_COUNTRY) ||
      a.countryCode.localeCompare(b.countryCode),
  );
}

export function pricePerSegment(
  overrides: readonly { countryCode: string; perSegmentMinor: number }[],
  countryCode: string,
): number {
  const code = countryCode.toUpperCase();
  const find = (c: string) =>
    overrides.find((o) => o.countryCode === c)?.perSegmentMinor ?? defaultSmsPrices[c];
  return find(code) ?? find(FALLBACK_COUNTRY) ?? defaultSmsPrices[FALLBACK_COUNTRY];
}

// "$12.34": amounts are cents of US dollars, the only currency the wallet keeps.
export function formatMoney(minor: number): string {
  const sign = minor < 0 ? "−" : "";
  return `${sign}$${(Math.abs(minor) / 100).toFixed(2)}`;
}
