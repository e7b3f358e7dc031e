// What a page shows while it has nothing yet: say what will appear here and how to make it appear.
export function EmptyState({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-slate-800">{title}</h2>
      <div className="max-w-md text-sm text-slate-600">{children}</div>
    </div>
  );
}
