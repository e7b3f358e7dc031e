"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setAvailability as storeAvailability } from "@/db/queries/members";
import { availabilityChoices, availabilityFor } from "@/lib/availability/dnd-choices";
import { memberAction } from "./safe-action";

const schema = z.object({
  choice: z.enum(availabilityChoices, { message: "Status: choose Available or a Do Not Disturb option" }),
});

// The end time is computed here, from the server's clock and the member's stored time zone, so a wrong
// browser clock cannot set a Do Not Disturb that ends in the past or far in the future.
export const setAvailability = memberAction({ schema }, async ({ choice }, { member, db }) => {
  const availability = availabilityFor(choice, new Date(), member.timeZone);
  await storeAvailability(db, member.workspaceId, member.userId, availability);
  // The status shows in the shell on every page.
  revalidatePath("/", "layout");
  return { ok: true as const };
});
