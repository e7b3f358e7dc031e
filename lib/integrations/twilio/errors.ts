// Twilio's error codes that decide what a follow-up text does next (PROVIDERS.md §2.3), with their meaning for the
// delivery log.
const meanings: Record<number, string> = {
  21211: "invalid 'To' phone number",
  21408: "sending to this region is not enabled",
  21610: "the recipient replied STOP (unsubscribed)",
  21612: "'To' is not reachable",
  21614: "'To' is not a valid mobile number",
  21635: "'To' is a landline",
  30003: "unreachable handset (off or no signal)",
  30005: "unknown handset (the number does not exist)",
  30006: "landline or unreachable carrier",
  30007: "filtered by the carrier as spam",
  30008: "unknown delivery error",
  30034: "US A2P 10DLC: unregistered sender",
  63003: "not a WhatsApp user (channel could not find the To address)",
  63007: "no WhatsApp sender with this From address",
  63014: "the user blocked the business on WhatsApp",
  63016: "outside WhatsApp's 24-hour window (a template is needed)",
  63018: "WhatsApp rate limit exceeded",
  63024: "invalid WhatsApp recipient (cannot receive this message)",
  63032: "WhatsApp did not deliver (user's number is part of an experiment)",
  63049: "Meta chose not to deliver this template",
};

export const twilioErrorMeaning = (code: number): string =>
  meanings[code] ?? "see twilio.com/docs/api/errors";

export const UNSUBSCRIBED = 21610;
