import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: "Supervisor" };

export default async function SupervisorPage() {
  await requireMember("supervisor");
  return (
    <>
      <PageHeader title="Supervisor" description="Where your team needs help." />
      <EmptyState title="Nothing needs your attention">
        When an agent asks for assistance on a conversation, the request appears here. Conversations at risk
        of missing their SLA response target appear here too, before the target passes.
      </EmptyState>
    </>
  );
}
