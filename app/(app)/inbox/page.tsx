import { EmptyState } from "@/components/ui/empty-state";

export default function InboxPage() {
  return <EmptyState title="No conversations yet">Conversations appear here.</EmptyState>;
}
