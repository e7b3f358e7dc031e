// SL2 (warning before the target) and SL3 (the target missed): one template, the kind sets the words.
import { Text } from "@react-email/components";
import type { SlaTarget } from "@/lib/notifications/events/event";
import { EmailLayout, styles } from "./layout";

export interface SlaEmailProps {
  kind: "warning" | "breached";
  target: SlaTarget;
  dueAt: Date;
  url: string;
}

const targetLabel: Record<SlaTarget, string> = {
  first_response: "first response",
  next_response: "next response",
  resolution: "resolution",
};

export const slaSubject = (p: SlaEmailProps) =>
  p.kind === "warning"
    ? `SLA at risk: ${targetLabel[p.target]} due soon`
    : `SLA breached: ${targetLabel[p.target]} target missed`;

export function SlaEmail(p: SlaEmailProps) {
  const due = `${p.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return (
    <EmailLayout
      preview={slaSubject(p)}
      heading={slaSubject(p)}
      action={{ href: p.url, label: "Open the conversation" }}
    >
      <Text style={styles.text}>
        {p.kind === "warning"
          ? `The ${targetLabel[p.target]} target of this conversation is due at ${due}.`
          : `The ${targetLabel[p.target]} target of this conversation was due at ${due}.`}
      </Text>
    </EmailLayout>
  );
}
