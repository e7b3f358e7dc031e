import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build on a throwaway PGlite database, in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
export const baseURL = `http://localhost:${port}`;
export const slackSandboxPort = port + 3500;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  // One database for the whole run: what an empty workspace shows is checked first, before any spec adds
  // visitors and conversations (an explicit dependency, not file-name order).
  projects: [
    {
      name: "empty-workspace",
      testMatch: /empty-workspace\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
    },
    {
      name: "chromium",
      testIgnore: /empty-workspace\.spec\.ts/,
      dependencies: ["empty-workspace"],
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: {
    // A fresh database each run: the tests create invitations, groups and members. A production start seeds
    // nothing (first run is /setup, e2e/first-run.spec.ts): the demo workspace is asked for explicitly.
    command: `rm -rf ${dataDir} && npm run build && npm run db:seed -- --demo && npm start -- --port ${port}`,
    url: `${baseURL}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DIR: `${dataDir}/pglite`,
      HERALD_DATA_DIR: dataDir,
      APP_URL: baseURL,
      AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
      ENCRYPTION_KEY: "ZTJlLW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=",
      DATABASE_URL: "",
      // The specs browse the demo site as visitors; a production build serves /demo only with this.
      HERALD_DEMO: "true",
      // Its own realtime port, so a dev server on the default 6001 does not collide.
      // Production runs the built-in realtime server only when told so.
      REALTIME: "local",
      PUSHER_PORT: String(port + 3000),
      // scripts/serve.ts starts the sandbox HubSpot and Salesforce on free ports (e2e/crm-sync.spec.ts connects to it).
      CRM_SANDBOX: "1",
      // The Slack sandbox too, on a known port so a spec can open its page (e2e/slack-connect.spec.ts, e2e/slack.spec.ts).
      SLACK_SANDBOX: "1",
      SLACK_SANDBOX_PORT: String(slackSandboxPort),
      // …and the local Stripe (e2e/billing.spec.ts saves a card through its Checkout page).
      STRIPE_SANDBOX: "1",
      // And the Twilio sandbox (e2e/texts.spec.ts reads and answers texts on Settings → Follow-ups → Sandbox phone).
      TEXT_SANDBOX: "1",
    },
  },
});
