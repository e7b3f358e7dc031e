// Renders any Herald notification email to subject, HTML and plain text. Templates are listed as data: adding one
// means adding it to `EmailMessage` and `templates`, and the compiler checks both.
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { AssistanceEmail, type AssistanceEmailProps, assistanceSubject } from "./assistance";
import { FollowUpEmail, type FollowUpEmailProps, followUpSubject } from "./follow-up";
import { GenericEmail, type GenericEmailProps } from "./generic";
import { MentionEmail, type MentionEmailProps, mentionSubject } from "./mention";
import {
  NewConversationEmail,
  type NewConversationEmailProps,
  newConversationSubject,
} from "./new-conversation";
import { NewMessagesEmail, type NewMessagesEmailProps, newMessagesSubject } from "./new-messages";
import { SlaEmail, type SlaEmailProps, slaSubject } from "./sla";
import {
  TestNotificationEmail,
  type TestNotificationEmailProps,
  testNotificationSubject,
} from "./test-notification";

export type EmailMessage =
  | { template: "new_conversation"; props: NewConversationEmailProps }
  | { template: "new_messages"; props: NewMessagesEmailProps }
  | { template: "mention"; props: MentionEmailProps }
  | { template: "assistance"; props: AssistanceEmailProps }
  | { template: "sla"; props: SlaEmailProps }
  | { template: "test"; props: TestNotificationEmailProps }
  | { template: "generic"; props: GenericEmailProps }
  | { template: "follow_up"; props: FollowUpEmailProps };

type Template<M extends EmailMessage> = {
  subject: (p: M["props"]) => string;
  element: (p: M["props"]) => ReactElement;
};

const templates: { [M in EmailMessage as M["template"]]: Template<M> } = {
  new_conversation: { subject: newConversationSubject, element: (p) => <NewConversationEmail {...p} /> },
  new_messages: { subject: newMessagesSubject, element: (p) => <NewMessagesEmail {...p} /> },
  mention: { subject: mentionSubject, element: (p) => <MentionEmail {...p} /> },
  assistance: { subject: assistanceSubject, element: (p) => <AssistanceEmail {...p} /> },
  sla: { subject: slaSubject, element: (p) => <SlaEmail {...p} /> },
  test: { subject: testNotificationSubject, element: (p) => <TestNotificationEmail {...p} /> },
  generic: { subject: (p) => p.title, element: (p) => <GenericEmail {...p} /> },
  follow_up: { subject: followUpSubject, element: (p) => <FollowUpEmail {...p} /> },
};

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail(message: EmailMessage): Promise<RenderedEmail> {
  // The union is matched by the mapped type above; TypeScript cannot correlate the two here on its own.
  const template = templates[message.template] as Template<EmailMessage>;
  const element = template.element(message.props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(message.props), html, text };
}
