// The time zones a member can pick. Intl.supportedValuesOf omits "UTC", which is the default for new users.
let cached: string[] | undefined;

export function supportedTimeZones(): string[] {
  cached ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return cached;
}

export const isKnownTimeZone = (zone: string) => supportedTimeZones().includes(zone);
