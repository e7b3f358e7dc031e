// A plain GET form: the search lives in the URL, so it survives a reload and works before hydration.
export function AccountSearch({ query }: { query: string }) {
  return (
    <search aria-label="Accounts">
      <form method="get" className="flex gap-2">
        <label htmlFor="account-search" className="sr-only">
          Search accounts
        </label>
        <input
          id="account-search"
          type="search"
          name="q"
          defaultValue={query}
          placeholder="Search by name or domain"
          className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          Search
        </button>
      </form>
    </search>
  );
}
