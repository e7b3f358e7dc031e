// X5: what a notification says about its event — the visitor, their account, the page, the first words, the
// teammates it names — read once when the event is planned and stored with it (notification_events.facts), so
// rendering a delivery, now or in three minutes, runs no query of its own.
import { z } from "zod";
import { visitorLabel } from "@/lib/chat/visitor-label";

export const notificationFactsSchema = z.object({
  visitor: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  account: z.object({ name: z.string() }).nullable(),
  page: z.object({ url: z.string(), title: z.string().nullable() }).nullable(), // visit.started
  words: z.string().nullable(), // the first words of the message the event is about (firstWords)
  people: z.record(z.string(), z.string()), // teammates the event names (author, requester): user id → name
  showMessageText: z.boolean(), // the workspace setting; in-app shows the words whatever it says
});
export type NotificationFacts = z.infer<typeof notificationFactsSchema>;

export const noFacts: NotificationFacts = {
  visitor: null,
  account: null,
  page: null,
  words: null,
  people: {},
  showMessageText: true,
};

// Rows planned before facts were stored (or damaged JSON) still render, with the generic words.
export function parseFacts(stored: unknown): NotificationFacts {
  const parsed = notificationFactsSchema.safeParse(stored);
  return parsed.success ? parsed.data : noFacts;
}

// "Jane Cooper", else her email, else "Visitor 15bf"; "a visitor" when the event names none.
export const visitorName = (f: NotificationFacts) =>
  f.visitor
    ? visitorLabel({ visitorId: f.visitor.id, name: f.visitor.name, email: f.visitor.email })
    : "A visitor";

// "Jane Cooper of Globex" when the account is known.
export const visitorWho = (f: NotificationFacts) =>
  f.account ? `${visitorName(f)} of ${f.account.name}` : visitorName(f);

export const personName = (f: NotificationFacts, userId: string | undefined) =>
  (userId && f.people[userId]) || "A teammate";
