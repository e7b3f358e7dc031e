"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateProfile as storeProfile } from "@/db/queries/users";
import { bookingUrlField } from "@/lib/profile/booking-url";
import { MAX_NAME_LENGTH } from "@/lib/profile/limits";
import { isKnownTimeZone } from "@/lib/time/time-zones";
import { memberAction } from "./safe-action";

// Messages name the field: they are read out next to it and also make sense on their own.
const schema = z.object({
  name: z
    .string({ message: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(MAX_NAME_LENGTH, `Name must be at most ${MAX_NAME_LENGTH} characters`),
  timeZone: z
    .string({ message: "Time zone is required" })
    .refine(isKnownTimeZone, "Time zone is not one we know: choose one from the list"),
  bookingUrl: bookingUrlField, // SK8 "Book meeting"
});

// A member edits only their own profile: the user id comes from the session, never from the form.
export const updateProfile = memberAction({ schema }, async (input, { member, db }) => {
  await storeProfile(db, member.userId, input);
  // The name shows in the user menu and the time zone in the status label on every page.
  revalidatePath("/", "layout");
  return { ok: true as const, message: "Profile saved." };
});
