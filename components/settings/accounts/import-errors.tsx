import type { RowError } from "@/lib/accounts/import-rows";

// The rows a file cannot import, each with its line and the column at fault.
export function ImportErrors({ errors }: { errors: RowError[] }) {
  return (
    <table aria-label="Import errors" className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            Line
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Column
          </th>
          <th scope="col" className="py-1 font-medium">
            Problem
          </th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e) => (
          <tr key={`${e.line}-${e.column}-${e.message}`} className="border-t border-slate-100 text-red-700">
            <td className="py-1 pr-3">{e.line}</td>
            <td className="py-1 pr-3 font-mono">{e.column ?? "—"}</td>
            <td className="py-1">{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
