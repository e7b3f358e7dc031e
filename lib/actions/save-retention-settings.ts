"use server";

import { revalidatePath } from "next/cache";
import { saveRetentionDays } from "@/db/queries/retention-settings";
import { retentionFormSchema } from "@/lib/retention/policy";
import { memberAction } from "./safe-action";

// Settings → Deliveries (admins): how many days each kind of data is kept before the daily retention run deletes it.
export const saveRetentionSettings = memberAction(
  { schema: retentionFormSchema, role: "admin" },
  async (form, { member, db }) => {
    await saveRetentionDays(db, member.workspaceId, {
      pageViewDays: form.pageViews,
      visitorDays: form.visitors,
      decisionDays: form.decisions,
      notificationDays: form.notifications,
    });
    revalidatePath("/settings/deliveries");
    return { ok: true, message: "Retention saved: the next daily run applies it." };
  },
);
