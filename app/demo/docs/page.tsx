import type { Metadata } from "next";

export const metadata: Metadata = { title: "Docs" };

export default function DemoDocs() {
  return (
    <article className="flex max-w-2xl flex-col gap-4 text-slate-700">
      <h1 className="text-3xl font-bold text-slate-900">Documentation</h1>
      <h2 className="text-xl font-semibold text-slate-900">Installing your widget</h2>
      <p>Unpack the widget, turn it clockwise until it clicks, and plug it in. The light turns green.</p>
      <h2 className="text-xl font-semibold text-slate-900">Troubleshooting</h2>
      <p>If the light stays red, turn the widget off and on again. Still red? Ask us in the chat.</p>
    </article>
  );
}
