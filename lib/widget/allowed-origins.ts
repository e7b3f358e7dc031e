// Settings → Install → Allowed domains: the site origins that may frame the chat widget (frame-ancestors of
// /widget/frame). Typed one per line as a domain or an origin; stored as origins, "https://shop.example.com".
import { z } from "zod";

export const MAX_ALLOWED_ORIGINS = 50;

// "shop.example.com" → "https://shop.example.com"; "http://localhost:8080" stays; "*.example.com" allows its
// subdomains (CSP's wildcard). Anything with a path, a query or credentials is not an origin: null.
export function toOrigin(line: string): string | null {
  const text = line.trim().replace(/\/+$/, "");
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const plainHost = /^(\*\.)?[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i.test(url.host);
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  if (!["http:", "https:"].includes(url.protocol) || !plainHost || !bare) return null;
  if (!withScheme.toLowerCase().startsWith(`${url.protocol}//${url.host}`.toLowerCase())) return null;
  return `${url.protocol}//${url.host}`;
}

// The textarea's text: one domain or origin per line; a bad line is a 400 naming the field and the line.
export const allowedOriginsInput = z.object({
  origins: z
    .string()
    .max(10_000)
    .transform((text, ctx) => {
      const lines = text
        .split(/[\n,]/)
        .map((l) => l.trim())
        .filter(Boolean);
      const origins: string[] = [];
      for (const line of lines) {
        const origin = toOrigin(line);
        if (!origin) {
          ctx.addIssue({
            code: "custom",
            message: `"${line.slice(0, 80)}" is not a domain or an origin like https://shop.example.com`,
          });
          return z.NEVER;
        }
        if (!origins.includes(origin)) origins.push(origin);
      }
      if (origins.length > MAX_ALLOWED_ORIGINS) {
        ctx.addIssue({ code: "custom", message: `At most ${MAX_ALLOWED_ORIGINS} domains` });
        return z.NEVER;
      }
      return origins;
    }),
});
