import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/setup/setup-form";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { issueSetupToken, needsSetup, setupTokenMessage } from "@/lib/setup/token";

export const metadata: Metadata = { title: "Set up Herald" };
export const dynamic = "force-dynamic";

// First run: exists only while no workspace does. Where no start script printed a token (Vercel), the first
// visit makes one and prints it to the server log.
export default async function SetupPage() {
  const db = getDb();
  if (!(await needsSetup(db))) redirect("/sign-in");
  const token = await issueSetupToken(db, { configured: env().SETUP_TOKEN, fresh: false });
  if (token) console.log(setupTokenMessage(env().APP_URL, token));
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">Set up Herald</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        Create your workspace and its first admin account. You can invite your team afterwards.
      </p>
      <SetupForm />
    </div>
  );
}
