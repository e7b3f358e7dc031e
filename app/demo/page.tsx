import type { Metadata } from "next";

export const metadata: Metadata = { title: { absolute: "Globex Widgets · Widgets that just work" } };

export default function DemoHome() {
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900">Widgets that just work.</h1>
      <p className="max-w-2xl text-lg text-slate-600">
        Globex makes industrial-grade widgets for teams who would rather not think about widgets. Questions?
        Our team is one click away in the chat at the bottom right.
      </p>
      <ul className="grid gap-4 sm:grid-cols-3">
        {["Fast delivery", "Lifetime warranty", "Friendly support"].map((item) => (
          <li key={item} className="rounded-lg border border-slate-200 p-4 font-medium text-slate-800">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}
