// One error type for the whole app, mapped to HTTP in one place (toResponse).
import { z } from "zod";
import { isEncodingError } from "@/db/errors";

const statusByCode = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof statusByCode;
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message ?? code.toLowerCase().replace("_", " "));
  }
  get status() {
    return statusByCode[this.code];
  }
}

// zod issues become { field: message }, first message per field.
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    const fields = fieldErrorsOf(error);
    const summary = Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; ");
    return new AppError("BAD_REQUEST", summary, fields);
  }
  if (isEncodingError(error))
    return new AppError("BAD_REQUEST", "The request contains text that cannot be stored");
  return undefined;
}

// What an unexpected error logs: its message and stack with a failed query's parameters cut off (drizzle puts
// them after "params:"; they are message bodies and emails), and its cause's SQLSTATE and message.
export function loggable(error: unknown): string {
  const noParams = (text: string) => text.replace(/\nparams:[\s\S]*?(?=\n\s+at |$)/, "\nparams: (hidden)");
  if (!(error instanceof Error)) return noParams(String(error));
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const because = cause ? ` (cause: ${String(cause.code ?? "")} ${String(cause.message ?? "")})` : "";
  return `${noParams(error.stack ?? `${error.name}: ${error.message}`)}${because}`;
}

export function toResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (!appError) {
    console.error(loggable(error));
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong" } }, { status: 500 });
  }
  return Response.json(
    { error: { code: appError.code, message: appError.message, fields: appError.fieldErrors } },
    { status: appError.status },
  );
}
