// The widget API's request bodies (docs/widget-api.md). Every id is checked as a uuid here, so a bad one is a
// 400 naming the field rather than a database error.
import { z } from "zod";
import { messageBody } from "@/lib/chat/schemas";
import { toE164 } from "@/lib/follow-ups/texts/phone";

const key = z.string({ message: "The workspace's public key is required" }).min(1).max(100);
const token = z.string({ message: "The visitor token is required" }).min(1).max(200);
// Page titles and referrers are the customer site's text: cut to size rather than refused.
const clipped = (max: number) =>
  z
    .string()
    .max(10_000)
    .transform((v) => v.trim().slice(0, max) || undefined)
    .optional();

// The token travels in the Authorization header; the body may carry it for beacons (lib/widget/handler.ts).
export const visitorRequest = z.object({ key, token: token.optional() });

export const sessionRequest = visitorRequest;

export const pageViewRequest = visitorRequest.extend({
  // http(s) only: the agents' app shows it as a link, and a `javascript:` or `data:` one would run there.
  url: z.url({ protocol: /^https?$/, message: "Must be the page's full http(s) URL" }).max(2_048),
  title: clipped(300),
  referrer: clipped(2_048),
});

// A presence change: the page hidden or visible, the visitor idle (270 s without input) or active again.
export const presenceReportRequest = visitorRequest.extend({
  hidden: z.boolean({ message: "Must be true or false" }),
  idle: z.boolean({ message: "Must be true or false" }),
});

// Every field is optional, but a call must say something: a call with nothing is a 400 on `email`. Without a
// signature the fields are an unverified claim; with one they must match it (lib/widget/identify.ts).
export const identifyRequest = visitorRequest
  .extend({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: "Must be an email address" }).max(320))
      .optional(),
    phone: z
      .string()
      .trim()
      .min(3)
      .max(40)
      .regex(/^[^\r\n]*$/, "Must be one line")
      .optional(),
    name: z.string().trim().min(1).max(200).optional(),
    // When the site's server signed (v2): Unix time in seconds, as a number or a string of digits.
    issuedAt: z
      .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], {
        message: "Must be the Unix time in seconds the signature was made at",
      })
      .pipe(z.number().int().positive())
      .optional(),
    // Checked by lib/widget/identify.ts: a wrong signature is a 401, not a 400.
    signature: z.string().max(200).optional(),
  })
  .refine((v) => v.email || v.phone || v.name, {
    path: ["email"],
    message: "Give at least one of email, phone or name",
  });

// "Get the reply by email" or "by text": what the visitor typed, kept as unverified (never used to match an
// account). A phone number is normalised to E.164, read in `country` (the browser language's region) when it has
// no +country code.
export const contactRequest = visitorRequest
  .extend({
    email: z.email().max(254).optional(),
    phone: z.string().max(40).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "Must be a two-letter country code")
      .optional(),
  })
  .refine((v) => Boolean(v.email) !== Boolean(v.phone), {
    path: ["email"],
    message: "Give an email or a phone number",
  })
  .transform((v, ctx) => {
    if (!v.phone) return { ...v, phone: undefined };
    const phone = toE164(v.phone, v.country);
    if (!phone) {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "Must be a phone number, with its country code",
      });
      return z.NEVER;
    }
    return { ...v, phone };
  });
export const messageRequest = visitorRequest.extend({ body: messageBody });

export const readRequest = visitorRequest.extend({
  conversationId: z.uuid({ message: "Must be a conversation id" }),
});

export const cancelRequest = readRequest;
