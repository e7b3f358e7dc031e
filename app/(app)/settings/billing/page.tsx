import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { AddCountryPriceForm } from "@/components/settings/billing/add-country-price-form";
import { AddCreditForm } from "@/components/settings/billing/add-credit-form";
import { AutoChargeForm } from "@/components/settings/billing/auto-charge-form";
import { LedgerTable } from "@/components/settings/billing/ledger-table";
import { PriceRow } from "@/components/settings/billing/price-row";
import { SaveCardButton } from "@/components/settings/billing/save-card-button";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findSmsWallet, listSmsLedger, listSmsPriceOverrides } from "@/db/queries/sms-wallet";
import { requireMember } from "@/lib/auth/member";
import { MONTHLY_CREDIT_MINOR } from "@/lib/billing/credits";
import { formatMoney, priceTable } from "@/lib/billing/prices";
import { stripeBilling } from "@/lib/integrations/stripe/client";
import { stripeSandboxUrl } from "@/lib/integrations/stripe/sandbox-url";

export const metadata: Metadata = { title: "Billing" };

const PAGE_SIZE = 20;
const dollars = (minor: number) => (minor / 100).toFixed(2);

export default async function BillingPage(props: PageProps<"/settings/billing">) {
  const admin = await requireMember("admin");
  const query = await props.searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(query.page ?? "1"), 10) || 1));
  const db = getDb();
  const [wallet, overrides, ledger] = await Promise.all([
    findSmsWallet(db, admin.workspaceId),
    listSmsPriceOverrides(db, admin.workspaceId),
    listSmsLedger(db, admin.workspaceId, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  const stripe = stripeBilling() !== null;
  const unavailable = !stripe
    ? "Auto-charge is unavailable: no payment provider is configured (STRIPE_SECRET_KEY). Add credit by hand below."
    : !wallet.stripePaymentMethodId
      ? "Save a card to turn auto-charge on."
      : null;
  const sandbox = stripeSandboxUrl();
  return (
    <>
      <PageHeader
        title="Billing"
        description="Texts (SMS follow-ups) are paid from this workspace's SMS wallet, per segment, before they are sent."
      />
      <div className="flex flex-col gap-6">
        {query.card === "saved" && <Alert tone="success">Card saved.</Alert>}
        {query.card === "cancelled" && <Alert tone="info">No card was saved.</Alert>}
        <Card title="SMS wallet">
          <dl>
            <dt className="text-sm text-slate-600">Balance</dt>
            <dd className="text-3xl font-semibold tabular-nums text-slate-900">
              {formatMoney(wallet.balanceMinor)}
            </dd>
          </dl>
          <p className="mt-1 text-sm text-slate-600">
            {wallet.plan === "paid"
              ? `A ${formatMoney(MONTHLY_CREDIT_MINOR)} credit is added on the 1st of every month.`
              : `Workspaces with a saved card get a ${formatMoney(MONTHLY_CREDIT_MINOR)} credit on the 1st of every month.`}{" "}
            Below the price of a text, it is not sent (“insufficient balance” in Settings → Deliveries) and
            admins are told once.
          </p>
          <div className="mt-4">
            <AddCreditForm requestId={randomUUID()} />
          </div>
        </Card>
        <Card title="Card and auto-charge">
          <p className="mb-3 text-sm text-slate-700">
            {!stripe
              ? "No payment provider configured."
              : wallet.cardLabel
                ? `Card on file: ${wallet.cardLabel}${wallet.cardDeclinedAt ? " — declined at the last top-up; auto-charge was turned off." : "."}`
                : "No card saved."}
          </p>
          {stripe && <SaveCardButton hasCard={Boolean(wallet.cardLabel)} />}
          {sandbox && (
            <p className="mt-2 text-xs text-slate-500">
              Development: Stripe is a local sandbox.{" "}
              <a href={sandbox} className="underline">
                See its charges
              </a>
              .
            </p>
          )}
          <div className="mt-5">
            <AutoChargeForm
              enabled={wallet.autoChargeEnabled}
              amount={dollars(wallet.autoChargeAmountMinor)}
              threshold={dollars(wallet.autoChargeThresholdMinor)}
              unavailable={unavailable}
            />
          </div>
        </Card>
        <Card title="Prices" description="What one SMS segment costs, by destination country, in US cents.">
          <table className="w-full text-sm">
            <caption className="sr-only">Price per SMS segment by country</caption>
            <thead>
              <tr className="text-left text-slate-500">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Country
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Per segment
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Reset</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {priceTable(overrides).map((line) => (
                <PriceRow key={`${line.countryCode}:${line.perSegmentMinor}`} line={line} />
              ))}
            </tbody>
          </table>
          <AddCountryPriceForm />
        </Card>
        <Card title="Ledger" description="Every charge, refund, top-up and credit, newest first.">
          <LedgerTable
            rows={ledger.rows}
            page={page}
            pages={Math.max(1, Math.ceil(ledger.total / PAGE_SIZE))}
          />
        </Card>
      </div>
    </>
  );
}
