// The sandbox's own page (development only): find a company, change its owner or delete it, then run
// "Sync now" in Herald to watch the change arrive; or revoke Herald's OAuth grant to watch it ask to reconnect.
import type { HubSpotSandboxStore } from "./store";

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

export function sandboxPage(store: HubSpotSandboxStore, query: string): string {
  const q = query.trim().toLowerCase();
  const companies = store
    .list("companies")
    .filter((c) => !q || c.name.toLowerCase().includes(q) || c.domain.includes(q))
    .slice(0, 25);
  const ownerOptions = (selected: string | null) =>
    ['<option value="">(no owner)</option>']
      .concat(
        store.owners.map(
          (o) =>
            `<option value="${o.id}"${o.id === selected ? " selected" : ""}>${escapeHtml(o.email)}</option>`,
        ),
      )
      .join("");
  const rows = companies
    .map(
      (
        c,
      ) => `<tr><td>${escapeHtml(c.id)}</td><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.domain)}</td><td>
  <form method="post" action="/sandbox/owner"><input type="hidden" name="companyId" value="${escapeHtml(c.id)}">
  <input type="hidden" name="q" value="${escapeHtml(query)}">
  <select name="ownerId" aria-label="Owner of ${escapeHtml(c.name)}">${ownerOptions(c.ownerId)}</select>
  <button>Change owner</button></form></td><td>
  <form method="post" action="/sandbox/delete"><input type="hidden" name="companyId" value="${escapeHtml(c.id)}">
  <input type="hidden" name="q" value="${escapeHtml(query)}"><button>Delete</button></form></td></tr>`,
    )
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>HubSpot sandbox</title>
<style>body{font:14px system-ui;margin:2rem}td,th{padding:4px 8px;text-align:left}</style></head><body>
<h1>HubSpot sandbox</h1>
<p>${store.companies.size} companies, ${store.contacts.size} contacts. Token: <code>pat-sandbox-herald</code>.
Changes here reach Herald on its next sync.</p>
<form method="post" action="/sandbox/revoke"><button>Revoke Herald's OAuth access</button>
(the next sync is refused: Herald asks its admins to reconnect)</form>
<form><input name="q" value="${escapeHtml(query)}" placeholder="Company name or domain"><button>Search</button></form>
<table><thead><tr><th>Id</th><th>Name</th><th>Domain</th><th>Owner</th><th></th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}
