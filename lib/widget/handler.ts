// One wrapper for every widget API route (docs/widget-api.md): CORS for any origin, per-IP and per-visitor
// rate limits, body validation, the workspace named by its public key, the visitor named by their token (an
// `Authorization: Bearer` header; in the body only for beacons, which cannot set headers; never in a URL, where
// logs and referrers would keep it), and errors mapped to 4xx in one place. Keep next-auth out of here.
import type { z } from "zod";
import { type Db, getDb } from "@/db/client";
import { effectsCollector } from "@/lib/effects/apply";
import type { AfterCommit } from "@/lib/effects/effects";
import { AppError, toResponse } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { readJson } from "@/lib/http/read-json";
import { refuseUnstorableText } from "@/lib/http/unstorable-text";
import { RateLimited, takeLimits, type WidgetLimit } from "./rate-limit";
import { verifyVisitorToken } from "./visitor-token";
import { type WidgetWorkspace, widgetWorkspace } from "./workspace-cache";

const CORS = {
  "access-control-allow-origin": "*", // the public key names the workspace; nothing secret is returned
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, authorization",
  "access-control-expose-headers": "retry-after",
  "access-control-max-age": "86400",
} as const;

type VisitorMode = "required" | "optional";

export interface WidgetCall<I, M extends VisitorMode = "required"> {
  db: Db;
  workspace: WidgetWorkspace;
  visitorId: M extends "required" ? string : string | null;
  input: I;
  now: Date;
  after: AfterCommit; // the committed write's effects, applied by the wrapper once the handler has answered
}

interface Options<M extends VisitorMode> {
  visitor?: M; // "optional": only the session call, which creates the visitor when there is no token
  limits?: WidgetLimit[]; // per-visitor limits of this call, on top of perVisitor
  from?: "body" | "query"; // "query": GET, whose query string carries the key only, never the token
}

function withCors(response: Response, extra: Record<string, string> = {}): Response {
  for (const [name, value] of Object.entries({ ...CORS, "cache-control": "no-store", ...extra })) {
    response.headers.set(name, value);
  }
  return response;
}

// "Bearer <token>"; an empty header is no token (the loader sends one before its first session).
function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}

export const noContent = () => new Response(null, { status: 204 });

// OPTIONS: the CORS preflight of a cross-origin fetch with a JSON body.
export const preflight = async () => withCors(new Response(null, { status: 204 }));

export function widgetRoute<
  S extends z.ZodType<{ key: string; token?: string }>,
  M extends VisitorMode = "required",
>(schema: S, handler: (call: WidgetCall<z.infer<S>, M>) => Promise<Response>, options: Options<M> = {}) {
  return async (request: Request): Promise<Response> => {
    try {
      const ip = clientIp(request);
      if (ip) takeLimits(["perIp"], ip);
      const raw =
        options.from === "query"
          ? { key: new URL(request.url).searchParams.get("key") ?? undefined }
          : await readJson(request);
      refuseUnstorableText(raw); // a NUL or a lone surrogate would be a 500 from the database
      const input = schema.parse(raw);
      const token = bearerToken(request) ?? input.token;
      const db = getDb();
      const workspace = await widgetWorkspace(db, input.key);
      if (!workspace) throw new AppError("NOT_FOUND", "No workspace has this widget key");
      const visitorId = token ? verifyVisitorToken(workspace, token) : null;
      if (token && !visitorId)
        throw new AppError("UNAUTHORIZED", "This visitor token is not valid or has expired");
      if (!visitorId && options.visitor !== "optional") {
        throw new AppError("UNAUTHORIZED", "The visitor token is required (Authorization: Bearer …)");
      }
      if (visitorId) takeLimits(["perVisitor", ...(options.limits ?? [])], visitorId);
      else {
        if (ip) takeLimits(["newVisitorPerIp"], ip);
        takeLimits(["newVisitorPerWorkspace"], workspace.id);
      }
      const effects = effectsCollector();
      const call = { db, workspace, visitorId, input, now: new Date(), after: effects.after } as WidgetCall<
        z.infer<S>,
        M
      >;
      const response = await handler(call);
      await effects.apply(db);
      return withCors(response);
    } catch (error) {
      const retry: Record<string, string> =
        error instanceof RateLimited ? { "retry-after": String(error.retryAfterSeconds) } : {};
      return withCors(toResponse(error), retry);
    }
  };
}
