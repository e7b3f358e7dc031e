// Text PostgreSQL cannot store, found before it reaches the database: a NUL byte (refused by `text` and
// `jsonb`) or a lone UTF-16 surrogate (not encodable as UTF-8). Named by field, so the caller gets a 400 that
// says where, never a 500.
import { AppError, type FieldErrors } from "@/lib/errors";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): string | null {
  if (text.includes("\u0000")) return "Must not contain NUL characters";
  if (LONE_SURROGATE.test(text)) return "Must be valid Unicode text";
  return null;
}

function collect(value: unknown, path: string, out: FieldErrors) {
  if (typeof value === "string") {
    const problem = problemOf(value);
    if (problem) out[path || "_form"] ??= problem;
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) collect(v, path ? `${path}.${i}` : String(i), out);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (problemOf(k)) out[path || "_form"] ??= "Must not contain invalid field names";
      collect(v, path ? `${path}.${k}` : k, out);
    }
  }
}

// Every string of a parsed JSON body, at any depth.
export function refuseUnstorableText(body: unknown) {
  const fields: FieldErrors = {};
  collect(body, "", fields);
  if (Object.keys(fields).length === 0) return;
  const summary = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
  throw new AppError("BAD_REQUEST", summary, fields);
}
