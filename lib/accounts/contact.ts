// Contact details stored and compared in one form, so a visitor matches a contact by plain equality.
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

// Digits only, with a leading + kept: "+44 (20) 7946-0000" and "+442079460000" are the same phone.
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith("+") ? "+" : "") + trimmed.replace(/\D/g, "");
}
