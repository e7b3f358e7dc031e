// /setup: the first workspace and its first admin, once, for whoever holds the setup token.
import { z } from "zod";
import type { Db } from "@/db/client";
import { addMember } from "@/db/queries/members";
import { claimSetupToken } from "@/db/queries/setup-token";
import { createUser } from "@/db/queries/users";
import { countWorkspaces, createWorkspace } from "@/db/queries/workspaces";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

export const firstWorkspaceSchema = z.object({
  token: z.string().trim().min(1, "Enter the setup token from the server log").max(200),
  workspaceName: z.string().trim().min(1, "Name the workspace").max(100),
  name: z.string().trim().min(1, "Enter your name").max(100),
  email: z.email("Enter a valid email address").max(200),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(200, "Use at most 200 characters"),
});

export type FirstWorkspace = z.infer<typeof firstWorkspaceSchema>;

const WRONG_TOKEN = "That setup token is not valid. Use the one printed in the server log at start.";

export async function createFirstWorkspace(db: Db, input: FirstWorkspace) {
  // Hashing is slow by design: done before the transaction, which then holds its locks briefly.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if ((await countWorkspaces(tx)) > 0) throw new AppError("GONE", "Herald is already set up: sign in.");
    if (!(await claimSetupToken(tx, hashOneTimeToken(input.token)))) {
      throw new AppError("UNAUTHORIZED", WRONG_TOKEN, { token: WRONG_TOKEN });
    }
    const workspace = await createWorkspace(tx, input.workspaceName);
    const user = await createUser(tx, { email: input.email, name: input.name, passwordHash });
    await addMember(tx, workspace.id, user.id, "admin");
    return { workspaceId: workspace.id, userId: user.id, email: user.email };
  });
}
