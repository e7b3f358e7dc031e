"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { createFirstWorkspace as create, firstWorkspaceSchema } from "@/lib/setup/create-first-workspace";
import { invalidInput, refusal } from "./public-action-state";
import type { ActionState } from "./safe-action";

// Public while no workspace exists: the setup token printed at start is the permission.
export async function createFirstWorkspace(
  _prev: ActionState | undefined,
  form: FormData,
): Promise<ActionState> {
  const parsed = firstWorkspaceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await create(getDb(), parsed.data);
  } catch (error) {
    return refusal(error);
  }
  redirect("/sign-in?notice=setup-done");
}
