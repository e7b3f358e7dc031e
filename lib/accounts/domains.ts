// Company domains: how they are written down, and which email domains never name a company.
import { z } from "zod";

// Free-mail providers: a visitor writing from one tells us nothing about their company.
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "web.de",
  "mail.com",
  "yandex.ru",
]);

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

// "https://www.Acme.com/" → "acme.com": people paste URLs and capitals.
export function normalizeDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/.*$/, "");
}

export const domainSchema = z
  .string()
  .transform(normalizeDomain)
  .refine((d) => DOMAIN.test(d), { message: "is not a domain like acme.com" })
  .refine((d) => !FREE_MAIL_DOMAINS.has(d), { message: "is a free-mail domain and names no company" });

// A list typed in one field: commas, semicolons or spaces between domains; duplicates dropped.
export const domainListSchema = z
  .string()
  .transform((text) => text.split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(z.string()).max(50, "At most 50 domains"))
  .superRefine((list, ctx) => {
    for (const raw of list) {
      const result = domainSchema.safeParse(raw);
      if (!result.success)
        ctx.addIssue({ code: "custom", message: `${raw} ${result.error.issues[0].message}` });
    }
  })
  .transform((list) => [...new Set(list.map(normalizeDomain))]);

// The company domain of an email, or null for free mail and malformed addresses.
export function companyDomainOf(email: string | null | undefined): string | null {
  const domain = email?.trim().toLowerCase().split("@")[1];
  if (!domain || FREE_MAIL_DOMAINS.has(domain)) return null;
  return domain;
}
