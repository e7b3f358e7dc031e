// Recognises PostgreSQL errors by SQLSTATE, whichever driver (postgres.js, PGlite) raised them and whether
// drizzle wrapped them (DrizzleQueryError keeps the driver's error as `cause`).
const UNIQUE_VIOLATION = "23505";

function sqlStateOf(error: unknown): string | undefined {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlStateOf(error) === UNIQUE_VIOLATION;
