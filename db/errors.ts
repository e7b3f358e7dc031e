// Recognises PostgreSQL errors by SQLSTATE, whichever driver (postgres.js, PGlite) raised them and whether
// drizzle wrapped them (DrizzleQueryError keeps the driver's error as `cause`).
const UNIQUE_VIOLATION = "23505";

export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlStateOf(error) === UNIQUE_VIOLATION;

// Text PostgreSQL cannot store (a NUL byte, an invalid byte sequence): the caller's input, a 400.
const ENCODING_ERRORS = new Set(["22021", "22P05"]);
export const isEncodingError = (error: unknown) => ENCODING_ERRORS.has(sqlStateOf(error) ?? "");
