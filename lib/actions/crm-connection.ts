"use server";

import { revalidatePath } from "next/cache";
// The admin's actions on a connected CRM: Sync now, Account-Based Routing, owner mapping, Disconnect.
import { after } from "next/server";
import { z } from "zod";
import {
  deleteCrmConnection,
  findCrmConnectionById,
  setCrmAccountBasedRouting,
} from "@/db/queries/crm-connections";
import { mapCrmUser } from "@/db/queries/crm-users";
import { findMemberForUser } from "@/db/queries/members";
import { startCrmSync } from "@/lib/crm/start";
import { crmConnectionView } from "@/lib/crm/view";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

const connectionId = z.uuid("Unknown integration");

export const syncCrmNow = memberAction(
  { schema: z.object({ connectionId, kind: z.enum(["incremental", "full"]) }), role: "admin" },
  async (input, { member, db }) => {
    const claimed = await startCrmSync(db, member.workspaceId, input.connectionId, input.kind, (work) =>
      after(work),
    );
    return { ok: true as const, message: "Sync started.", data: crmConnectionView(claimed) };
  },
);

export const setCrmRouting = memberAction(
  { schema: z.object({ connectionId, on: z.boolean() }), role: "admin" },
  async (input, { member, db }) => {
    if (!(await setCrmAccountBasedRouting(db, member.workspaceId, input.connectionId, input.on))) {
      throw new AppError("NOT_FOUND", "This integration is not connected");
    }
    revalidatePath("/settings/integrations");
    return {
      ok: true as const,
      message: input.on ? "Account-Based Routing is on." : "Account-Based Routing is off.",
    };
  },
);

export const mapCrmOwner = memberAction(
  {
    schema: z.object({
      connectionId,
      crmUserId: z.string().min(1, "Choose a CRM user").max(100),
      userId: z
        .string()
        .max(100)
        .transform((v) => v || null),
    }),
    role: "admin",
  },
  async (input, { member, db }) => {
    if (!(await findCrmConnectionById(db, member.workspaceId, input.connectionId))) {
      throw new AppError("NOT_FOUND", "This integration is not connected");
    }
    if (input.userId) {
      const teammate = await findMemberForUser(db, input.userId);
      if (!teammate || teammate.workspaceId !== member.workspaceId) {
        throw new AppError("BAD_REQUEST", "Choose a member of this workspace", { userId: "Not a member" });
      }
    }
    await mapCrmUser(db, input.connectionId, input.crmUserId, input.userId);
    revalidatePath("/settings/integrations");
    return { ok: true as const, message: "Owner mapping saved." };
  },
);

export const disconnectCrm = memberAction(
  { schema: z.object({ connectionId }), role: "admin" },
  async (input, { member, db }) => {
    if (!(await deleteCrmConnection(db, member.workspaceId, input.connectionId))) {
      throw new AppError("NOT_FOUND", "This integration is not connected");
    }
    revalidatePath("/settings/integrations");
    return { ok: true as const, message: "Disconnected: its accounts and owners were removed." };
  },
);
