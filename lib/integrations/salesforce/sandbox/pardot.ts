// The sandbox's Pardot v5 endpoints (users, prospects), behind the same Salesforce session; the Business Unit
// ID header is required, and pages chain by `nextPageUrl`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { json } from "./server";
import { pardotUsers, SANDBOX_BUSINESS_UNIT_ID, type SalesforceSandboxStore } from "./store";

export function handlePardot(
  store: SalesforceSandboxStore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  if (req.headers["pardot-business-unit-id"] !== SANDBOX_BUSINESS_UNIT_ID) {
    return json(res, 400, { code: 181, message: "Pardot-Business-Unit-Id header is missing or invalid" });
  }
  const offset = Number(url.searchParams.get("nextPageToken") ?? 0);
  const size = Math.min(Number(url.searchParams.get("limit") ?? 200), store.pardotPageSize);
  let rows: unknown[];
  if (url.pathname === "/api/v5/objects/users") rows = pardotUsers;
  else if (url.pathname === "/api/v5/objects/prospects") {
    const after = url.searchParams.get("updatedAtAfterOrEqualTo");
    const bound = after ? Date.parse(after) : Number.NEGATIVE_INFINITY;
    rows = [...store.prospects.values()]
      .filter((p) => p.updated >= bound)
      .sort((a, b) => a.updated - b.updated)
      .map(({ updated, ...p }) => ({ ...p, updatedAt: new Date(updated).toISOString() }));
  } else return json(res, 404, { code: 404, message: "not found" });
  const end = offset + size;
  const next = new URL(url.toString().replace("http://sandbox", `http://${req.headers.host}`));
  next.searchParams.set("nextPageToken", String(end));
  return json(res, 200, {
    values: rows.slice(offset, end),
    nextPageUrl: end < rows.length ? next.toString() : null,
  });
}
