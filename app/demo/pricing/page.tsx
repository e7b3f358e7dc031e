import type { Metadata } from "next";

export const metadata: Metadata = { title: "Pricing" };

const plans = [
  { name: "Starter", price: "$9", detail: "100 widgets a month" },
  { name: "Team", price: "$49", detail: "1,000 widgets a month" },
  { name: "Enterprise", price: "Talk to us", detail: "As many widgets as you need" },
];

export default function DemoPricing() {
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Pricing</h1>
      <ul className="grid gap-4 sm:grid-cols-3">
        {plans.map((plan) => (
          <li key={plan.name} className="rounded-lg border border-slate-200 p-5">
            <h2 className="font-semibold text-slate-900">{plan.name}</h2>
            <p className="mt-2 text-2xl font-bold text-emerald-700">{plan.price}</p>
            <p className="mt-1 text-sm text-slate-600">{plan.detail}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
