import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Inbox" };

export default function InboxPage() {
  return (
    <>
      <PageHeader title="Inbox" description="Conversations for you and your routing groups." />
      <EmptyState title="No conversations yet">
        When a visitor starts a chat in the widget on your website, the conversation appears here if it is
        assigned to you or to a routing group you belong to.
      </EmptyState>
    </>
  );
}
