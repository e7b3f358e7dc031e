// Texts to visitors (FU5, FU8, FU9): every SMS and WhatsApp message that went through Twilio — follow-ups out and
// the visitor's replies in — with its latest status, and the numbers that asked not to be texted (STOP).
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { deliveries } from "./outbox";
import { visitors } from "./visitors";
import { workspaces } from "./workspaces";

export const textChannels = ["sms", "whatsapp"] as const;
export type TextChannel = (typeof textChannels)[number];
export const textChannelEnum = pgEnum("text_channel", textChannels);
export const textDirectionEnum = pgEnum("text_direction", ["outbound", "inbound"]);

export const textMessages = pgTable(
  "text_messages",
  {
    // Twilio's MessageSid: an inbound webhook redelivered with the same sid is applied once (X2).
    sid: text().primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    direction: textDirectionEnum().notNull(),
    channel: textChannelEnum().notNull(),
    phone: text().notNull(), // the visitor's number, E.164, without the `whatsapp:` prefix
    visitorId: uuid().references(() => visitors.id, { onDelete: "set null" }),
    deliveryId: uuid().references(() => deliveries.id, { onDelete: "cascade" }), // outbound: the follow-up's
    // Outbound: Twilio's status, moved forward only (X3); inbound: "received".
    status: text().notNull(),
    errorCode: integer(),
    keyword: text(), // inbound STOP / START / HELP (Twilio's OptOutType, else the bare keyword)
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.phone, t.createdAt), index().on(t.deliveryId)],
);

// FU9: a number that texted STOP is never texted again by this workspace until it texts START.
export const textOptOuts = pgTable(
  "text_opt_outs",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    phone: text().notNull(),
    keyword: text().notNull(), // what the visitor sent (STOP, UNSUBSCRIBE, …) or "21610" when Twilio refused
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.phone] })],
);

export type TextMessageRow = typeof textMessages.$inferSelect;
