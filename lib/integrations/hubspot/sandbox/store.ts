// The sandbox HubSpot's data: owners, companies and contacts in memory, seeded so Acme's members own accounts
// (Globex by Nadia, with Jane as its contact) and one owner is not a Herald user. Shared by `npm run dev`, the
// tests and the bench.
export interface SandboxOwner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

export interface SandboxCompany {
  id: string;
  name: string;
  domain: string;
  ownerId: string | null;
  modified: number;
  // A record HubSpot could send but Herald cannot read (no last-modified date): skipped and counted.
  malformed?: boolean;
}

export interface SandboxContact {
  id: string;
  email: string;
  companyId: string | null;
  modified: number;
  malformed?: boolean;
}

import { HubSpotSandboxOAuth } from "./oauth";

export const SANDBOX_TOKEN = "pat-sandbox-herald";

export const sandboxOwners: SandboxOwner[] = [
  { id: "9001", email: "ada@acme.test", firstName: "Ada", lastName: "Admin" },
  { id: "9002", email: "sam@acme.test", firstName: "Sam", lastName: "Supervisor" },
  { id: "9003", email: "nadia@acme.test", firstName: "Nadia", lastName: "Agent" },
  { id: "9004", email: "luca@acme.test", firstName: "Luca", lastName: "Agent" },
  { id: "9005", email: "j.doe@example.com", firstName: "Jo", lastName: "Doe" },
];

export class HubSpotSandboxStore {
  readonly companies = new Map<string, SandboxCompany>();
  readonly contacts = new Map<string, SandboxContact>();
  owners: SandboxOwner[] = [...sandboxOwners];
  // The next responses to /crm/* answer these statuses instead (tests: 429 with Retry-After, 500).
  faults: { status: number; retryAfter?: string }[] = [];
  requests = 0;
  readonly oauth = new HubSpotSandboxOAuth();
  private clock = Date.UTC(2026, 0, 1);
  private ordered: { companies?: SandboxCompany[]; contacts?: SandboxContact[] } = {};

  // Strictly increasing modification times, like a CRM's last-modified stamps.
  tick(): number {
    this.clock = Math.max(this.clock + 1, Date.now());
    return this.clock;
  }

  list<K extends "companies" | "contacts">(
    kind: K,
  ): (K extends "companies" ? SandboxCompany : SandboxContact)[] {
    const cached = this.ordered[kind] ?? [...this[kind].values()];
    this.ordered[kind] = cached as never;
    return cached as never;
  }

  putCompany(company: Omit<SandboxCompany, "modified"> & { modified?: number }) {
    this.companies.set(company.id, { ...company, modified: company.modified ?? this.tick() });
    this.ordered.companies = undefined;
  }

  putContact(contact: Omit<SandboxContact, "modified"> & { modified?: number }) {
    this.contacts.set(contact.id, { ...contact, modified: contact.modified ?? this.tick() });
    this.ordered.contacts = undefined;
  }

  setOwner(companyId: string, ownerId: string | null): boolean {
    const company = this.companies.get(companyId);
    if (!company) return false;
    this.putCompany({ ...company, ownerId, modified: undefined });
    return true;
  }

  deleteCompany(companyId: string): boolean {
    const deleted = this.companies.delete(companyId);
    this.ordered.companies = undefined;
    return deleted;
  }
}

// `companies` accounts (Globex first) with `contactsPerCompany` contacts each, owners round-robin.
export function seedHubSpotSandbox(
  store: HubSpotSandboxStore,
  { companies = 3000, contactsPerCompany = 1, malformedEvery = 0 } = {},
) {
  store.putCompany({ id: "1", name: "Globex", domain: "globex.example", ownerId: "9003" });
  store.putContact({ id: "1", email: "jane@globex.example", companyId: "1" });
  let contactId = 2;
  for (let i = 2; i <= companies; i++) {
    const id = String(i);
    store.putCompany({
      id,
      name: `Company ${i}`,
      domain: `company${i}.example`,
      ownerId: store.owners[i % store.owners.length]?.id ?? null,
      malformed: malformedEvery > 0 && i % malformedEvery === 0,
    });
    for (let c = 0; c < contactsPerCompany; c++) {
      store.putContact({ id: String(contactId++), email: `person${c}@company${i}.example`, companyId: id });
    }
  }
  return store;
}
