import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Notifications" };

export default function NotificationsPage() {
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Everything Herald told you about, with its read state."
      />
      <EmptyState title="No notifications yet">
        Notifications appear here when a chat is assigned to you or your team, a visitor replies, a colleague
        mentions you in an internal note, someone from an account you own arrives on the site, or a
        conversation is about to miss its SLA.
      </EmptyState>
    </>
  );
}
