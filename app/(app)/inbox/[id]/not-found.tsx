import Link from "next/link";

export default function ConversationNotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <p className="font-mono text-sm text-slate-500">404</p>
      <h1 className="text-xl font-semibold">Conversation not found</h1>
      <p className="text-sm text-slate-600">
        It does not exist in your workspace, or the link is incomplete.
      </p>
      <Link href="/inbox" className="text-brand-600 underline underline-offset-2 hover:text-brand-700">
        Back to the inbox
      </Link>
    </div>
  );
}
