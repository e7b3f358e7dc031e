// A small HubSpot CRM client (the official SDK needs Node 22): owners, companies and contacts as streamed pages.
// Full sweep: the list endpoints with `after`. Incremental: the search endpoint sorted by last-modified, which
// stops at 10,000 results per query, so the query restarts from the last modified time it saw.
import type { CrmAccount, CrmContact, CrmOwner, CrmPage, CrmSource } from "@/lib/crm/records";
import { type HubSpotHttpOptions, hubspotRequest } from "./http";
import { parseCompany, parseContact, parseOwner } from "./records";

export const HUBSPOT_DEFAULT_API_URL = "https://api.hubapi.com";
export const SEARCH_RESULT_CAP = 10_000;
const SEARCH_PAGE = 200;
const LIST_PAGE = 100;

interface ListResponse {
  results?: unknown[];
  total?: number;
  paging?: { next?: { after?: string } };
}

const objects = {
  companies: {
    path: "crm/v3/objects/companies",
    modified: "hs_lastmodifieddate",
    properties: ["name", "domain", "website", "hubspot_owner_id", "hs_lastmodifieddate"],
  },
  contacts: {
    path: "crm/v3/objects/contacts",
    modified: "lastmodifieddate",
    properties: [
      "email",
      "phone",
      "mobilephone",
      "firstname",
      "lastname",
      "associatedcompanyid",
      "lastmodifieddate",
    ],
  },
} as const;

type ObjectKind = keyof typeof objects;

function parsePage<T>(
  results: unknown[] | undefined,
  parse: (raw: unknown) => T | null,
  total?: number,
): CrmPage<T> {
  const records: T[] = [];
  let skipped = 0;
  for (const raw of results ?? []) {
    const record = parse(raw);
    if (record) records.push(record);
    else skipped++;
  }
  return { records, skipped, total };
}

export class HubSpotClient implements CrmSource {
  constructor(private readonly http: HubSpotHttpOptions) {}

  async *owners(): AsyncIterable<CrmPage<CrmOwner>> {
    let after: string | undefined;
    do {
      const query = new URLSearchParams({
        limit: String(LIST_PAGE),
        archived: "false",
        ...(after ? { after } : {}),
      });
      const page = await hubspotRequest<ListResponse>(this.http, "GET", `crm/v3/owners?${query}`);
      yield parsePage(page.results, parseOwner);
      after = page.paging?.next?.after;
    } while (after);
  }

  accounts(since: number | null): AsyncIterable<CrmPage<CrmAccount>> {
    return since === null
      ? this.list("companies", parseCompany)
      : this.search("companies", since, parseCompany);
  }

  contacts(since: number | null): AsyncIterable<CrmPage<CrmContact>> {
    return since === null
      ? this.list("contacts", parseContact)
      : this.search("contacts", since, parseContact);
  }

  private async *list<T>(kind: ObjectKind, parse: (raw: unknown) => T | null): AsyncIterable<CrmPage<T>> {
    const { path, properties } = objects[kind];
    let after: string | undefined;
    do {
      const query = new URLSearchParams({
        limit: String(LIST_PAGE),
        properties: properties.join(","),
        ...(after ? { after } : {}),
      });
      const page = await hubspotRequest<ListResponse>(this.http, "GET", `${path}?${query}`);
      yield parsePage(page.results, parse, page.total);
      after = page.paging?.next?.after;
    } while (after);
  }

  private async *search<T extends { modifiedAt: number }>(
    kind: ObjectKind,
    since: number,
    parse: (raw: unknown) => T | null,
  ): AsyncIterable<CrmPage<T>> {
    const { path, modified, properties } = objects[kind];
    let from = since;
    let after = 0;
    let total: number | undefined;
    for (;;) {
      const page = await hubspotRequest<ListResponse>(this.http, "POST", `${path}/search`, {
        filterGroups: [{ filters: [{ propertyName: modified, operator: "GTE", value: String(from) }] }],
        sorts: [{ propertyName: modified, direction: "ASCENDING" }],
        properties,
        limit: SEARCH_PAGE,
        after: String(after),
      });
      // The first query's total is the whole change set; restarted queries overlap it.
      total ??= page.total;
      const parsed = parsePage(page.results, parse, total);
      yield parsed;
      const next = page.paging?.next?.after;
      if (!next) return;
      after = Number(next);
      if (after + SEARCH_PAGE > SEARCH_RESULT_CAP) {
        // Past the cap: restart at the last modified time seen. Records sharing that millisecond come again
        // (upserts are idempotent); a query that cannot move forward would loop, so it ends with an error.
        const last = parsed.records.at(-1)?.modifiedAt;
        if (last === undefined || last <= from) {
          throw new Error(`More than ${SEARCH_RESULT_CAP} HubSpot ${kind} share one last-modified time`);
        }
        from = last;
        after = 0;
      }
    }
  }
}
