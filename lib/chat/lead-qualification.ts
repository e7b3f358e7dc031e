// SK9 lead qualification: the answers a teammate picks when a conversation closes, and their words. Plain data
// (no imports) so the schema, the Slack modal and the app's dialog share one list.
export const leadQualifications = ["qualified", "not_a_fit", "existing_customer", "spam"] as const;
export type LeadQualification = (typeof leadQualifications)[number];

export const leadQualificationLabel: Record<LeadQualification, string> = {
  qualified: "Qualified",
  not_a_fit: "Not a fit",
  existing_customer: "Existing customer",
  spam: "Spam",
};

export const isLeadQualification = (value: unknown): value is LeadQualification =>
  (leadQualifications as readonly unknown[]).includes(value);
