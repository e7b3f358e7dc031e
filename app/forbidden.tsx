import Link from "next/link";

// Rendered with status 403 when a page calls forbidden() (a role too low for it).
export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="font-mono text-sm text-slate-500">403</p>
      <h1 className="text-xl font-semibold">You don’t have access to this page</h1>
      <p className="text-slate-600">
        Your role in this workspace does not include this part of Herald. Ask an admin of your workspace if
        you need it.
      </p>
      <Link href="/inbox" className="text-brand-600 underline underline-offset-2 hover:text-brand-700">
        Back to the inbox
      </Link>
    </main>
  );
}
