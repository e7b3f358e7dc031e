// A complete production configuration, for tests of what only production does. env() reads process.env once
// per test process, so call useProductionEnv() before anything calls env().
export const productionEnv = {
  NODE_ENV: "production" as const,
  APP_URL: "https://chat.example.com",
  AUTH_SECRET: "production-test-secret-0123456789",
  ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
  // Production runs the built-in realtime server only when told so (or with PUSHER_*).
  REALTIME: "local" as const,
};

export function useProductionEnv(extra: Record<string, string> = {}) {
  Object.assign(process.env, productionEnv, extra);
}
