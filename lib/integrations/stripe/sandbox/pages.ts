// The local Stripe's two pages: Checkout in setup mode (pick a test card) and the list of charges (dev only).
import { type StripeSandboxStore, testCards } from "./store";

const escapeHtml = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const layout = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title><style>body{font:15px system-ui;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1e293b}
fieldset{border:1px solid #cbd5e1;border-radius:8px;padding:1rem}label{display:block;margin:.5rem 0}
button{background:#635bff;color:#fff;border:0;border-radius:6px;padding:.6rem 1.2rem;font-size:15px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e2e8f0;padding:.4rem;text-align:left}
.error{color:#b91c1c}</style></head><body>${body}</body></html>`;

export function checkoutPage(session: Record<string, unknown>, problem?: string): string {
  if (session.status !== "open") return layout("Checkout", "<p>This Checkout session is complete.</p>");
  const cards = Object.entries(testCards)
    .map(
      ([number, card], i) =>
        `<label><input type="radio" name="card" value="${number}"${i === 0 ? " checked" : ""}> ${number.replace(/(\d{4})(?=\d)/g, "$1 ")} — ${escapeHtml(card.label)}</label>`,
    )
    .join("");
  return layout(
    "Stripe sandbox — save a card",
    `<h1>Save a card for Herald</h1><p>Stripe sandbox: Checkout in setup mode. Nothing is charged now; the card is
kept for auto-charge top-ups.</p>${problem ? `<p class="error" role="alert">${escapeHtml(problem)}</p>` : ""}
<form method="post"><fieldset><legend>Test card</legend>${cards}</fieldset><p><button type="submit">Save card</button>
<a href="${escapeHtml(session.cancel_url)}">Cancel</a></p></form>`,
  );
}

export function chargesPage(store: StripeSandboxStore): string {
  const rows = store.paymentIntents
    .map(
      (pi) =>
        `<tr><td>${escapeHtml(pi.id)}</td><td>${escapeHtml(pi.customer)}</td><td>$${(Number(pi.amount) / 100).toFixed(2)}</td><td>${escapeHtml(pi.status)}</td></tr>`,
    )
    .join("");
  return layout(
    "Stripe sandbox — charges",
    `<h1>Stripe sandbox</h1><p>${store.customers.size} customer(s), ${store.paymentMethods.size} saved card(s).</p>
<h2>Charges (PaymentIntents)</h2><table><thead><tr><th>Id</th><th>Customer</th><th>Amount</th><th>Status</th></tr></thead>
<tbody>${rows || '<tr><td colspan="4">No charges yet.</td></tr>'}</tbody></table>`,
  );
}
