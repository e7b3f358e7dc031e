// POST /api/presence — a tab of the agent app reports its signals (or that it is gone) for agent presence
import { readJson, withMember } from "@/lib/api/with-member";
import { agentTabReport, reportAgentTab } from "@/lib/presence/report-agent-tab";

export const POST = withMember(async ({ request, member, db }) => {
  await reportAgentTab(db, member, agentTabReport.parse(await readJson(request)));
  return new Response(null, { status: 204 });
});
