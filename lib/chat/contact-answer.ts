// SK8, the visitor's side of "Collect information": the form's email and/or phone. They are what the visitor
// typed, so they are kept as an unverified claim — the same standing as "Get the reply by email" and an unsigned
// identify (docs/decisions.md): the visitor is known by them from then on (the app names them by the email,
// follow-ups may use it), but they never match an account or reach an account owner; only a signed identify does.
// The answer is also a visitor message in the conversation, so the agents (and its Slack thread, SK6) see it.
import type { Db } from "@/db/client";
import { findOpenConversationOfVisitor, hasContactRequest } from "@/db/queries/conversations";
import { setVisitorContactEmail } from "@/db/queries/follow-ups";
import { setVisitorContactPhone } from "@/db/queries/visitors";
import { AppError } from "@/lib/errors";
import type { VisitorRef } from "@/lib/widget/visits";
import { postVisitorMessage } from "./visitor-message";

export interface ContactAnswer {
  email?: string;
  phone?: string;
}

export const contactAnswerText = (a: ContactAnswer) =>
  [a.email && `Email: ${a.email}`, a.phone && `Phone: ${a.phone}`].filter(Boolean).join("\n");

export async function answerContactRequest(db: Db, visitor: VisitorRef, answer: ContactAnswer) {
  const { workspaceId, visitorId } = visitor;
  const conversation = await findOpenConversationOfVisitor(db, workspaceId, visitorId);
  if (!conversation || !(await hasContactRequest(db, workspaceId, conversation.id))) {
    throw new AppError("CONFLICT", "Nobody asked for contact details in an open conversation", {
      conversation: "No contact request to answer",
    });
  }
  return db.transaction(async (tx) => {
    if (answer.email) await setVisitorContactEmail(tx, workspaceId, visitorId, answer.email);
    if (answer.phone) await setVisitorContactPhone(tx, workspaceId, visitorId, answer.phone);
    return postVisitorMessage(tx, {
      workspaceId,
      visitorId,
      body: contactAnswerText(answer),
      kind: "contact_answer",
    });
  });
}
