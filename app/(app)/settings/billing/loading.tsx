// While the wallet, prices and ledger load.
export default function BillingLoading() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">Loading billing…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-32 animate-pulse rounded-lg border border-slate-200 bg-slate-50" />
      ))}
    </div>
  );
}
