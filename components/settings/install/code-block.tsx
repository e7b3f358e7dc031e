import { CopyButton } from "./copy-button";

// A snippet to paste somewhere else, with its Copy button.
export function CodeBlock({ code, what, copy = true }: { code: string; what: string; copy?: boolean }) {
  return (
    <div className="flex flex-col gap-2">
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100">
        <code>{code}</code>
      </pre>
      {copy && (
        <div>
          <CopyButton text={code} what={what} />
        </div>
      )}
    </div>
  );
}
