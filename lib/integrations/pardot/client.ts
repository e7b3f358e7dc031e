// A small Pardot (Account Engagement) API v5 client over the Salesforce session: every call carries the
// Business Unit ID; pages follow `nextPageUrl`. Prospects are the records: each is stored as a one-contact
// account owned by its assigned user, so a visitor with a prospect's email alerts that user.
import type { CrmAccount, CrmContact, CrmOwner, CrmPage, CrmSource } from "@/lib/crm/records";
import { retryDelayMs } from "@/lib/integrations/hubspot/http";
import type { SalesforceSession } from "@/lib/integrations/salesforce/client";
import { SalesforceAuthError } from "@/lib/integrations/salesforce/oauth";
import { type Prospect, parsePardotUser, parseProspect } from "./records";

export const PARDOT_DEFAULT_API_URL = "https://pi.pardot.com";
const PROSPECT_FIELDS = "id,email,phone,firstName,lastName,assignedToId,updatedAt";
const PAGE_SIZE = "1000";

interface ListResponse {
  values?: unknown[];
  nextPageUrl?: string | null;
}

export class PardotClient implements CrmSource {
  constructor(
    private readonly session: SalesforceSession,
    private readonly options: {
      baseUrl: string;
      businessUnitId: string;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {}

  owners(): AsyncIterable<CrmPage<CrmOwner>> {
    const query = new URLSearchParams({ fields: "id,email,firstName,lastName", limit: PAGE_SIZE });
    return this.list(`/api/v5/objects/users?${query}`, parsePardotUser);
  }

  async *accounts(since: number | null): AsyncIterable<CrmPage<CrmAccount>> {
    for await (const page of this.prospects(since)) {
      yield {
        ...page,
        records: page.records.map((p) => ({
          crmId: p.id,
          name: p.name ?? p.email ?? `Prospect ${p.id}`,
          domains: [],
          ownerCrmId: p.assignedToId,
          modifiedAt: p.modifiedAt,
        })),
      };
    }
  }

  async *contacts(since: number | null): AsyncIterable<CrmPage<CrmContact>> {
    for await (const page of this.prospects(since)) {
      yield {
        ...page,
        records: page.records.map((p) => ({
          crmId: p.id,
          email: p.email,
          phone: p.phone,
          name: p.name,
          accountCrmId: p.id,
          modifiedAt: p.modifiedAt,
        })),
      };
    }
  }

  private prospects(since: number | null) {
    const query = new URLSearchParams({ fields: PROSPECT_FIELDS, limit: PAGE_SIZE, orderBy: "updatedAt" });
    // Filter parameter name per the v5 docs' naming (unconfirmed against a live org, PROVIDERS.md §5.3).
    if (since !== null) query.set("updatedAtAfterOrEqualTo", new Date(since).toISOString());
    return this.list<Prospect>(`/api/v5/objects/prospects?${query}`, parseProspect);
  }

  private async *list<T>(first: string, parse: (raw: unknown) => T | null): AsyncIterable<CrmPage<T>> {
    let next: string | null | undefined = first;
    while (next) {
      const page: ListResponse = await this.get(next);
      const records: T[] = [];
      let skipped = 0;
      for (const raw of page.values ?? []) {
        const record = parse(raw);
        if (record) records.push(record);
        else skipped++;
      }
      yield { records, skipped };
      next = page.nextPageUrl;
    }
  }

  private async get(pathOrUrl: string): Promise<ListResponse> {
    const { sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) } = this.options;
    let token = await this.session.accessToken();
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(new URL(pathOrUrl, this.options.baseUrl), {
        headers: {
          authorization: `Bearer ${token}`,
          "pardot-business-unit-id": this.options.businessUnitId,
          accept: "application/json",
        },
      });
      if (response.ok) return (await response.json()) as ListResponse;
      const text = await response.text();
      if (response.status === 401) {
        if (refreshed) throw new SalesforceAuthError("Pardot refused the session after a refresh");
        token = await this.session.refresh(token);
        refreshed = true;
        continue;
      }
      const transient = response.status === 429 || response.status >= 500;
      if (!transient || attempt >= 5)
        throw new Error(`Pardot answered ${response.status}: ${text.slice(0, 200)}`);
      await sleep(retryDelayMs(attempt, response.headers.get("retry-after")));
    }
  }
}
