import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Live" };

export default function LivePage() {
  return (
    <>
      <PageHeader title="Live" description="Who is on your website right now." />
      <EmptyState title="Nobody is on your site right now">
        Visitors browsing your website appear here as they arrive, with the page they are on, once the Herald
        widget’s script tag is on your site. Visitors from known accounts are marked so you can greet them.
      </EmptyState>
    </>
  );
}
