import { z } from "zod";

export const GROUP_NAME_MAX = 60;

export const groupNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name for the group")
  .max(GROUP_NAME_MAX, `Use at most ${GROUP_NAME_MAX} characters`);

export const groupIdSchema = z.uuid("Unknown group");
