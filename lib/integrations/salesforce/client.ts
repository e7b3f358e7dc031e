// A small Salesforce REST client (jsforce needs Node 22): SOQL queries on the connection's instance_url,
// following `nextRecordsUrl` until `done`. An expired session (401) is refreshed once through the session,
// which serialises refreshes per connection (lib/crm/oauth-session.ts); 429/5xx back off and retry.
import type { CrmAccount, CrmContact, CrmOwner, CrmPage, CrmSession, CrmSource } from "@/lib/crm/records";
import { retryDelayMs } from "@/lib/integrations/hubspot/http";
import { SalesforceAuthError } from "./oauth";
import { parseAccount, parseContact, parseUser } from "./records";

export const SALESFORCE_API_VERSION = "v66.0";

export interface SalesforceSession extends CrmSession {
  instanceUrl(): Promise<string>;
}

interface QueryResponse {
  totalSize?: number;
  done?: boolean;
  nextRecordsUrl?: string;
  records?: unknown[];
}

// SOQL datetime literals are unquoted ISO-8601 in UTC.
const soqlTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export class SalesforceClient implements CrmSource {
  constructor(
    private readonly session: SalesforceSession,
    private readonly options: { sleep?: (ms: number) => Promise<void>; maxRetries?: number } = {},
  ) {}

  owners(): AsyncIterable<CrmPage<CrmOwner>> {
    return this.query(
      "SELECT Id, Email, Name FROM User WHERE IsActive = true AND UserType = 'Standard'",
      parseUser,
    );
  }

  accounts(since: number | null): AsyncIterable<CrmPage<CrmAccount>> {
    return this.query(
      `SELECT Id, Name, Website, OwnerId, LastModifiedDate FROM Account${this.changedSince(since)}`,
      parseAccount,
    );
  }

  contacts(since: number | null): AsyncIterable<CrmPage<CrmContact>> {
    return this.query(
      `SELECT Id, Email, Phone, MobilePhone, Name, AccountId, LastModifiedDate FROM Contact${this.changedSince(since)}`,
      parseContact,
    );
  }

  private changedSince(since: number | null) {
    return since === null
      ? " ORDER BY Id"
      : ` WHERE LastModifiedDate >= ${soqlTime(since)} ORDER BY LastModifiedDate`;
  }

  private async *query<T>(soql: string, parse: (raw: unknown) => T | null): AsyncIterable<CrmPage<T>> {
    let path: string | undefined =
      `/services/data/${SALESFORCE_API_VERSION}/query?${new URLSearchParams({ q: soql })}`;
    while (path) {
      const page: QueryResponse = await this.get(path);
      const records: T[] = [];
      let skipped = 0;
      for (const raw of page.records ?? []) {
        const record = parse(raw);
        if (record) records.push(record);
        else skipped++;
      }
      yield { records, skipped, total: page.totalSize };
      path = page.done === false ? page.nextRecordsUrl : undefined;
    }
  }

  private async get(path: string): Promise<QueryResponse> {
    const { sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), maxRetries = 5 } =
      this.options;
    let token = await this.session.accessToken();
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(new URL(path, await this.session.instanceUrl()), {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      });
      if (response.ok) return (await response.json()) as QueryResponse;
      const text = await response.text();
      if (response.status === 401) {
        // INVALID_SESSION_ID: refresh once, retry once; a second 401 means the grant itself is gone.
        if (refreshed) throw new SalesforceAuthError("session refused after a refresh");
        token = await this.session.refresh(token);
        refreshed = true;
        continue;
      }
      const transient = response.status === 429 || response.status >= 500;
      if (!transient || attempt >= maxRetries) {
        throw new Error(`Salesforce answered ${response.status}: ${text.slice(0, 200)}`);
      }
      await sleep(retryDelayMs(attempt, response.headers.get("retry-after")));
    }
  }
}
