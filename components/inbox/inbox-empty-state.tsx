import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { InboxFilters } from "@/lib/chat/inbox-filters";

// What each filter would show, and why it shows nothing yet.
export function InboxEmptyState({ filters, inAnyGroup }: { filters: InboxFilters; inAnyGroup: boolean }) {
  const closed = filters.status === "closed";
  switch (filters.view) {
    case "mine":
      return (
        <EmptyState title={closed ? "You have no closed conversations" : "Nothing assigned to you"}>
          {closed
            ? "Conversations assigned to you that you or a teammate closed appear here."
            : "New chats are assigned in turn to the available members of the default routing group, and teammates can assign a conversation to you."}
        </EmptyState>
      );
    case "groups":
      if (!inAnyGroup) {
        return (
          <EmptyState title="You are not in a routing group">
            Conversations routed to a group you belong to appear here. An admin can add you to one in{" "}
            <Link href="/settings/routing-groups" className="text-brand-600 underline underline-offset-2">
              Settings → Routing groups
            </Link>
            .
          </EmptyState>
        );
      }
      return (
        <EmptyState title={`No ${filters.status} conversations in your groups`}>
          Conversations routed to your routing groups appear here, whoever they are assigned to.
        </EmptyState>
      );
    case "unassigned":
      return (
        <EmptyState title={closed ? "No closed unassigned conversations" : "No conversation is waiting"}>
          A chat waits here, unassigned, when nobody in its group is available (away or on Do Not Disturb) or
          when a teammate transfers it to a group.
        </EmptyState>
      );
    case "all":
      return (
        <EmptyState title={closed ? "No closed conversations" : "No open conversations"}>
          {closed
            ? "Conversations appear here once they are closed."
            : "When a visitor writes in the chat widget on your website, the conversation appears here."}
        </EmptyState>
      );
  }
}
