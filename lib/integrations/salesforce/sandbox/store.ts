// The sandbox Salesforce's data and OAuth state: users (Acme's members and one who is not a Herald user),
// accounts (Globex owned by Nadia) and contacts; access tokens that can be expired, and refresh tokens that
// rotate (each refresh issues a new one and kills the old, as with Refresh Token Rotation).
import { randomBytes } from "node:crypto";

export const SANDBOX_CLIENT_ID = "sandbox-client-id";
export const SANDBOX_CLIENT_SECRET = "sandbox-client-secret";

export interface SfUser {
  Id: string;
  Email: string;
  Name: string;
}
export interface SfAccount {
  Id: string;
  Name: string;
  Website: string;
  OwnerId: string;
  modified: number;
  // A row Herald cannot read (its LastModifiedDate is not a date): skipped and counted.
  malformed?: boolean;
}
export interface SfContact {
  Id: string;
  Email: string;
  AccountId: string;
  modified: number;
}

export const sandboxUsers: SfUser[] = [
  { Id: "0051", Email: "ada@acme.test", Name: "Ada Admin" },
  { Id: "0052", Email: "sam@acme.test", Name: "Sam Supervisor" },
  { Id: "0053", Email: "nadia@acme.test", Name: "Nadia Agent" },
  { Id: "0054", Email: "luca@acme.test", Name: "Luca Agent" },
  { Id: "0055", Email: "j.doe@example.com", Name: "Jo Doe" },
];

// Pardot (Account Engagement) on the same sandbox: its own users and prospects, one business unit.
export const SANDBOX_BUSINESS_UNIT_ID = "0Uv000000000001AAA";
export interface PardotProspect {
  id: number;
  email: string;
  assignedToId: number | null;
  updated: number;
}
export const pardotUsers = [
  { id: 71, email: "nadia@acme.test", firstName: "Nadia", lastName: "Agent" },
  { id: 72, email: "luca@acme.test", firstName: "Luca", lastName: "Agent" },
  { id: 73, email: "j.doe@example.com", firstName: "Jo", lastName: "Doe" },
];

const token = () => randomBytes(12).toString("hex");

export class SalesforceSandboxStore {
  users = [...sandboxUsers];
  readonly accounts = new Map<string, SfAccount>();
  readonly contacts = new Map<string, SfContact>();
  readonly codes = new Map<string, { challenge: string; redirectUri: string }>();
  readonly accessTokens = new Set<string>();
  refreshToken: string | null = null;
  refreshes = 0;
  batchSize = 2000;
  readonly prospects = new Map<number, PardotProspect>();
  pardotPageSize = 1000;
  // The next data calls (query, Pardot) answer these statuses instead (tests: 429 with Retry-After, 503).
  faults: { status: number; retryAfter?: string }[] = [];
  requests = 0;
  private clock = Date.UTC(2026, 0, 1);

  tick() {
    this.clock = Math.max(this.clock + 1000, Date.now());
    return this.clock;
  }

  issueCode(challenge: string, redirectUri: string) {
    const code = token();
    this.codes.set(code, { challenge, redirectUri });
    return code;
  }

  issueTokens(rotate: boolean) {
    const access = token();
    this.accessTokens.add(access);
    if (rotate) this.refreshToken = token();
    return { access, refresh: this.refreshToken };
  }

  // Every session ends (tests: the next call gets 401 INVALID_SESSION_ID).
  expireSessions() {
    this.accessTokens.clear();
  }

  putAccount(a: Omit<SfAccount, "modified">) {
    this.accounts.set(a.Id, { ...a, modified: this.tick() });
  }

  putContact(c: Omit<SfContact, "modified">) {
    this.contacts.set(c.Id, { ...c, modified: this.tick() });
  }

  putProspect(p: Omit<PardotProspect, "updated">) {
    this.prospects.set(p.id, { ...p, updated: this.tick() });
  }

  setOwner(accountId: string, ownerId: string) {
    const a = this.accounts.get(accountId);
    if (a) this.putAccount({ ...a, OwnerId: ownerId });
  }
}

export function seedSalesforceSandbox(store: SalesforceSandboxStore, accounts = 2000) {
  store.putAccount({ Id: "0011", Name: "Globex", Website: "https://globex.example", OwnerId: "0053" });
  store.putContact({ Id: "0031", Email: "jane@globex.example", AccountId: "0011" });
  for (let i = 2; i <= accounts; i++) {
    const owner = store.users[i % store.users.length]?.Id ?? "0051";
    store.putAccount({
      Id: `001${i}`,
      Name: `Account ${i}`,
      Website: `www.account${i}.example`,
      OwnerId: owner,
    });
    store.putContact({ Id: `003${i}`, Email: `buyer@account${i}.example`, AccountId: `001${i}` });
  }
  store.putProspect({ id: 1, email: "jane@globex.example", assignedToId: 71 });
  for (let i = 2; i <= Math.ceil(accounts / 2); i++) {
    store.putProspect({
      id: i,
      email: `lead${i}@prospects.example`,
      assignedToId: pardotUsers[i % 3]?.id ?? null,
    });
  }
  return store;
}
