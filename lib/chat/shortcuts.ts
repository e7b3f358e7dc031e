// SK8, the teammate's side: "Book meeting" sends their booking link to the visitor as a card, "Collect
// information" shows the visitor a small form for email and/or phone. Both are agent messages of their own kind,
// so the widget, the transcript and every later reader see them like any other message.
import type { Db } from "@/db/client";
import type { Member } from "@/db/queries/members";
import { findUserById } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { replyAsAgent } from "./agent-actions";

export const CONTACT_REQUEST_TEXT = "Could you leave your email or phone number so we can follow up?";

export async function sendBookingLink(
  db: Db,
  member: Member,
  conversationId: string,
  origin: "web" | "slack",
) {
  const bookingUrl = (await findUserById(db, member.userId))?.bookingUrl;
  if (!bookingUrl) {
    throw new AppError("CONFLICT", "Set your booking link in Profile first", {
      bookingUrl: "Not set: add it in Settings → Profile",
    });
  }
  return replyAsAgent(db, member, conversationId, bookingUrl, origin, "booking_link");
}

export async function requestContactDetails(
  db: Db,
  member: Member,
  conversationId: string,
  origin: "web" | "slack",
) {
  return replyAsAgent(db, member, conversationId, CONTACT_REQUEST_TEXT, origin, "contact_request");
}
