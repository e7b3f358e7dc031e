// The Resend sandbox's domains API (FU6): create a domain (its SPF and DKIM records), read it, and verify it.
// The sandbox has no DNS to look at: "verify" finds the records at once, except for a domain under `.invalid`,
// which fails as a domain whose records are missing would.
import { randomBytes, randomUUID } from "node:crypto";

interface SandboxDomain {
  object: "domain";
  id: string;
  name: string;
  status: "not_started" | "pending" | "verified" | "failed";
  created_at: string;
  region: "us-east-1";
  records: {
    record: string;
    name: string;
    type: string;
    ttl: string;
    status: string;
    value: string;
    priority?: number;
  }[];
}

export type DomainAnswer = { status: number; body: unknown };

const notFound: DomainAnswer = {
  status: 404,
  body: { name: "not_found", message: "Domain not found", statusCode: 404 },
};

export function sandboxDomains() {
  const domains = new Map<string, SandboxDomain>();
  const withStatus = (d: SandboxDomain, status: string) => ({
    ...d,
    records: d.records.map((r) => ({ ...r, status })),
  });

  return {
    create(name: unknown): DomainAnswer {
      if (typeof name !== "string" || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(name))
        return {
          status: 422,
          body: { name: "validation_error", message: "Invalid domain name", statusCode: 422 },
        };
      const domain: SandboxDomain = {
        object: "domain",
        id: randomUUID(),
        name,
        status: "not_started",
        created_at: new Date().toISOString(),
        region: "us-east-1",
        records: [
          {
            record: "SPF",
            name: "send",
            type: "MX",
            ttl: "Auto",
            status: "not_started",
            value: "feedback-smtp.us-east-1.amazonses.com",
            priority: 10,
          },
          {
            record: "SPF",
            name: "send",
            type: "TXT",
            ttl: "Auto",
            status: "not_started",
            value: '"v=spf1 include:amazonses.com ~all"',
          },
          {
            record: "DKIM",
            name: "resend._domainkey",
            type: "TXT",
            ttl: "Auto",
            status: "not_started",
            value: `p=MIGfMA0G${randomBytes(24).toString("base64")}`,
          },
        ],
      };
      domains.set(domain.id, domain);
      const { object: _object, ...created } = domain;
      return { status: 200, body: created };
    },
    get(id: string): DomainAnswer {
      const domain = domains.get(id);
      return domain ? { status: 200, body: domain } : notFound;
    },
    verify(id: string): DomainAnswer {
      const domain = domains.get(id);
      if (!domain) return notFound;
      const status = domain.name.endsWith(".invalid") ? "failed" : "verified";
      domains.set(id, { ...withStatus(domain, status), status });
      return { status: 200, body: { object: "domain", id } };
    },
  };
}
