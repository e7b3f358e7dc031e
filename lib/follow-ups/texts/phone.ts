// "Get the reply by text": the number a visitor typed, normalised to E.164 (+14155550100) with libphonenumber-js's
// small ("min") metadata. Done on the server: in the chat frame the library would cost ~29 KB gzip of its 40 KB
// budget. A national number ("(415) 555-0100") is read in the country of the visitor's browser language.
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/min";

export function toE164(raw: string, country?: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), country as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}
