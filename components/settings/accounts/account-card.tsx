import type { AccountListItem } from "@/db/queries/accounts";
import { AccountForm } from "./account-form";
import { ContactForm } from "./contact-form";
import { DeleteAccountButton } from "./delete-account-button";
import { OwnersForm, type Teammate } from "./owners-form";
import { RemoveContactButton } from "./remove-contact-button";

const chip = "rounded-md bg-slate-100 px-2 py-0.5 text-sm text-slate-700";

// One account: what matches visitors to it (domains, contacts) and who gets its notifications (owners).
export function AccountCard({ account, teammates }: { account: AccountListItem; teammates: Teammate[] }) {
  const headingId = `account-${account.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {account.name}
        </h2>
        {account.target && (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
            Target
          </span>
        )}
      </div>
      <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-500">Domains</dt>
        <dd>
          {account.domains.length ? (
            <ul aria-label={`Domains of ${account.name}`} className="flex flex-wrap gap-1.5">
              {account.domains.map((d) => (
                <li key={d} className={chip}>
                  {d}
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-slate-500">None: only its contacts match visitors.</span>
          )}
        </dd>
        <dt className="text-slate-500">Owners</dt>
        <dd>
          {account.owners.length ? (
            <ul aria-label={`Owners of ${account.name}`} className="flex flex-wrap gap-1.5">
              {account.owners.map((o) => (
                <li key={o.userId} className={chip}>
                  {o.name}
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-slate-500">Nobody: its visitors notify no owner.</span>
          )}
        </dd>
        <dt className="text-slate-500">Contacts</dt>
        <dd>
          {account.contacts.length ? (
            <ul aria-label={`Contacts of ${account.name}`} className="flex flex-col gap-1">
              {account.contacts.map((c) => {
                const label = [c.name, c.email, c.phone].filter(Boolean).join(" · ");
                return (
                  <li key={c.id} className="flex items-center gap-2 text-slate-700">
                    {label}
                    <RemoveContactButton contactId={c.id} label={label} />
                  </li>
                );
              })}
            </ul>
          ) : (
            <span className="text-slate-500">No contacts yet.</span>
          )}
        </dd>
      </dl>
      <details className="mt-4 border-t border-slate-100 pt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit {account.name}</summary>
        <div className="mt-3 flex flex-col gap-5">
          <AccountForm account={account} />
          <OwnersForm
            accountId={account.id}
            accountName={account.name}
            teammates={teammates}
            ownerIds={account.owners.map((o) => o.userId)}
          />
          <ContactForm accountId={account.id} accountName={account.name} />
          <DeleteAccountButton accountId={account.id} name={account.name} />
        </div>
      </details>
    </section>
  );
}
