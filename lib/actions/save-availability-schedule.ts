"use server";

import { revalidatePath } from "next/cache";
import { saveSchedule } from "@/db/queries/availability";
import { scheduleInput } from "@/lib/availability/schedule-input";
import { memberAction } from "./safe-action";

// A member edits only their own schedule: the user id comes from the session, never from the form.
export const saveAvailabilitySchedule = memberAction(
  { schema: scheduleInput },
  async (input, { member, db }) => {
    await saveSchedule(db, member.workspaceId, member.userId, input);
    // The time zone shows in the status control on every page.
    revalidatePath("/", "layout");
    return { ok: true as const, message: "Availability saved." };
  },
);
