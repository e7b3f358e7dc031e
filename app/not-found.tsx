import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="font-mono text-sm text-slate-500">404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <Link href="/inbox" className="text-brand-600 underline underline-offset-2 hover:text-brand-700">
        Back to the inbox
      </Link>
    </main>
  );
}
