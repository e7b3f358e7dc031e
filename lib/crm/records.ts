// What every CRM client yields, whatever the vendor: pages of parsed records plus a count of those that did
// not parse (skipped, never fatal).
export interface CrmAccount {
  crmId: string;
  name: string;
  domains: string[];
  ownerCrmId: string | null;
  modifiedAt: number; // ms since epoch
}

export interface CrmContact {
  crmId: string;
  email: string | null;
  phone: string | null;
  name: string | null;
  accountCrmId: string | null;
  modifiedAt: number;
}

export interface CrmOwner {
  crmId: string;
  email: string | null;
  name: string | null;
}

export interface CrmPage<T> {
  records: T[];
  skipped: number;
  // The vendor's total for the whole query when it tells one (progress bar).
  total?: number;
}

export interface CrmSource {
  owners(): AsyncIterable<CrmPage<CrmOwner>>;
  // since = null: the full sweep (every record); otherwise records modified at or after `since` (ms).
  accounts(since: number | null): AsyncIterable<CrmPage<CrmAccount>>;
  contacts(since: number | null): AsyncIterable<CrmPage<CrmContact>>;
}

// An access token and how to replace a refused one: OAuth connections refresh (lib/crm/oauth-session.ts); a
// pasted token cannot, so its refresh fails with the vendor's CrmAuthError.
export interface CrmSession {
  accessToken(): Promise<string>;
  // Called with the token that was refused; resolves to a fresh one (refreshing at most once for all callers).
  refresh(refused: string): Promise<string>;
}
