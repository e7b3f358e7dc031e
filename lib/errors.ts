// One error type for the whole app, mapped to HTTP in one place (toResponse).
import { z } from "zod";

const statusByCode = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
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
  return undefined;
}

export function toResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (!appError) {
    console.error(error);
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong" } }, { status: 500 });
  }
  return Response.json(
    { error: { code: appError.code, message: appError.message, fields: appError.fieldErrors } },
    { status: appError.status },
  );
}
