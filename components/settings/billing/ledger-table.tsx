import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { SmsLedgerEntry } from "@/db/schema";
import { formatMoney } from "@/lib/billing/prices";

const kindLabel: Record<SmsLedgerEntry["kind"], string> = {
  charge: "Text charged",
  refund: "Refund",
  top_up: "Auto-charge top-up",
  credit: "Credit",
};

function what(entry: SmsLedgerEntry, actorName: string | null) {
  if (entry.kind === "charge") {
    const segments = `${entry.segments} segment${entry.segments === 1 ? "" : "s"}`;
    return `${segments} to ${entry.countryCode} · delivery ${entry.deliveryId?.slice(0, 8)}`;
  }
  if (entry.kind === "refund")
    return `Delivery ${entry.deliveryId?.slice(0, 8)} · ${entry.reference ?? "refused"}`;
  return [entry.reference, actorName && `by ${actorName}`].filter(Boolean).join(" ");
}

// FU7: every movement of the wallet, newest first, a page at a time.
export function LedgerTable({
  rows,
  page,
  pages,
}: {
  rows: { entry: SmsLedgerEntry; actorName: string | null }[];
  page: number;
  pages: number;
}) {
  if (rows.length === 0) {
    return (
      <EmptyState title="No movements yet">
        Credits, top-ups and the charge of every text will be listed here, newest first.
      </EmptyState>
    );
  }
  return (
    <div>
      <table className="w-full text-sm">
        <caption className="sr-only">SMS wallet ledger, newest first</caption>
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col" className="py-2 pr-4 font-medium">
              When
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              What
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Details
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Amount
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Balance
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, actorName }) => (
            <tr key={entry.id} className="border-t border-slate-100">
              <td className="py-2 pr-4 whitespace-nowrap text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>
                  {entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </td>
              <td className="py-2 pr-4">{kindLabel[entry.kind]}</td>
              <td className="py-2 pr-4 text-slate-600">{what(entry, actorName)}</td>
              <td
                className={`py-2 pr-4 text-right tabular-nums ${entry.amountMinor < 0 ? "text-slate-800" : "text-emerald-700"}`}
              >
                {entry.amountMinor > 0 ? "+" : ""}
                {formatMoney(entry.amountMinor)}
              </td>
              <td className="py-2 text-right tabular-nums">{formatMoney(entry.balanceAfterMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Ledger pages" className="mt-3 flex items-center gap-4 text-sm">
          {page > 1 && <Link href={`/settings/billing?page=${page - 1}`}>Newer</Link>}
          <span className="text-slate-500">
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={`/settings/billing?page=${page + 1}`}>Older</Link>}
        </nav>
      )}
    </div>
  );
}
