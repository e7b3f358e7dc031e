// "Add to Slack" end to end below the browser: Herald's authorize URL → the sandbox's Allow/Cancel page → the
// callback's code exchanged with the real @slack/web-api (`oauth.v2.access`) against the sandbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteSlackIntegration, findSlackIntegration, listSlackUserMappings } from "@/db/queries/slack";
import { decryptSecret } from "@/lib/crypto";
import { withDemoWorkspace } from "@/test/demo";
import { slackAppManifest } from "./manifest";
import { beginSlackInstall, finishSlackInstall, SLACK_OAUTH_STATE_TTL_MS } from "./oauth";
import { sandboxOAuthApp } from "./sandbox/oauth";
import { type SlackSandbox, startSlackSandbox } from "./sandbox/server";

const demo = withDemoWorkspace();
let sandbox: SlackSandbox;
const app = { ...sandboxOAuthApp, signingSecret: "sandbox-signing-secret" };

beforeAll(async () => {
  sandbox = await startSlackSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => deleteSlackIntegration(demo.conn.db, demo.workspaceId));

const admin = () => ({ workspaceId: demo.workspaceId, userId: demo.ids.ada });

// A person on the sandbox's authorize page clicks Allow or Cancel; Slack redirects back with code or error.
async function clickOnAuthorizePage(authorizeUrl: string, decision: "allow" | "cancel") {
  const shown = await fetch(authorizeUrl);
  expect(shown.status).toBe(200);
  const html = await shown.text();
  expect(html).toContain("Allow");
  const hidden = Object.fromEntries(
    [...html.matchAll(/name="(redirect_uri|state)" value="([^"]*)"/g)].map((m) => [
      m[1],
      m[2].replace(/&amp;/g, "&"),
    ]),
  );
  const answer = await fetch(new URL("/oauth/v2/authorize", authorizeUrl), {
    method: "POST",
    body: new URLSearchParams({ ...hidden, decision }),
    redirect: "manual",
  });
  expect(answer.status).toBe(303);
  const back = new URL(answer.headers.get("location") ?? "");
  return { code: back.searchParams.get("code"), state: back.searchParams.get("state"), back };
}

describe("Add to Slack (OAuth v2) against the sandbox", () => {
  it("Allow: the code is exchanged, the bot token stored encrypted, the team named, members mapped by email", async () => {
    const { db } = demo.conn;
    const { url, state } = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url });
    expect(new URL(url).pathname).toBe("/oauth/v2/authorize");
    expect(new URL(url).searchParams.get("scope")).toContain("chat:write");
    const back = await clickOnAuthorizePage(url, "allow");
    expect(back.back.pathname).toBe("/api/integrations/slack/oauth");
    expect(back.state).toBe(state);

    const result = await finishSlackInstall(
      db,
      admin(),
      app,
      { code: back.code, state: back.state, error: null, cookie: state },
      { apiUrl: sandbox.url },
    );

    expect(result).toEqual({ ok: true, teamName: "Acme (Slack sandbox)", mapped: 5 });
    const stored = await findSlackIntegration(db, demo.workspaceId);
    expect(stored?.status).toBe("connected");
    expect(stored?.teamId).toBe("T0ACME");
    expect(stored?.botToken).not.toContain("xoxb-"); // encrypted at rest
    expect(decryptSecret(stored?.botToken ?? "")).toBe(sandbox.workspace.botToken);
    expect(decryptSecret(stored?.signingSecret ?? "")).toBe(app.signingSecret);
    expect(await listSlackUserMappings(db, demo.workspaceId)).toHaveLength(5);
  });

  it("a state is single use: the same return a second time is refused as a bad state", async () => {
    const { db } = demo.conn;
    const { url, state } = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url });
    const back = await clickOnAuthorizePage(url, "allow");
    const params = { code: back.code, state: back.state, error: null, cookie: state };
    const opts = { apiUrl: sandbox.url };
    expect((await finishSlackInstall(db, admin(), app, params, opts)).ok).toBe(true);
    expect(await finishSlackInstall(db, admin(), app, params, opts)).toEqual({
      ok: false,
      error: "bad_state",
    });
  });

  it("bad state: a state this browser did not start, or another admin's, connects nothing", async () => {
    const { db } = demo.conn;
    const { url, state } = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url });
    const back = await clickOnAuthorizePage(url, "allow");
    const opts = { apiUrl: sandbox.url };
    const forged = { code: back.code, state: "forged-state", error: null, cookie: "forged-state" };
    expect(await finishSlackInstall(db, admin(), app, forged, opts)).toEqual({
      ok: false,
      error: "bad_state",
    });
    // The right state, but back in a browser without its cookie (a link sent to someone else).
    const noCookie = { code: back.code, state, error: null, cookie: undefined };
    expect(await finishSlackInstall(db, admin(), app, noCookie, opts)).toEqual({
      ok: false,
      error: "bad_state",
    });
    const other = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url });
    const sam = { workspaceId: demo.workspaceId, userId: demo.ids.sam };
    const asSam = { code: back.code, state: other.state, error: null, cookie: other.state };
    expect(await finishSlackInstall(db, sam, app, asSam, opts)).toEqual({ ok: false, error: "bad_state" });
    expect(await findSlackIntegration(db, demo.workspaceId)).toBeUndefined();
  });

  it("expired: a state older than 10 minutes is refused", async () => {
    const { db } = demo.conn;
    const startedAt = new Date("2026-12-01T10:00:00Z");
    const { url, state } = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url, now: startedAt });
    const back = await clickOnAuthorizePage(url, "allow");
    const late = new Date(startedAt.getTime() + SLACK_OAUTH_STATE_TTL_MS + 1000);
    const result = await finishSlackInstall(
      db,
      admin(),
      app,
      { code: back.code, state, error: null, cookie: state },
      { apiUrl: sandbox.url, now: late },
    );
    expect(result).toEqual({ ok: false, error: "expired" });
    expect(await findSlackIntegration(db, demo.workspaceId)).toBeUndefined();
  });

  it("denied: Cancel on Slack's page comes back as access_denied and connects nothing", async () => {
    const { db } = demo.conn;
    const { url, state } = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url });
    const back = await clickOnAuthorizePage(url, "cancel");
    expect(back.code).toBeNull();
    expect(back.back.searchParams.get("error")).toBe("access_denied");
    const result = await finishSlackInstall(
      db,
      admin(),
      app,
      { code: null, state: back.state, error: "access_denied", cookie: state },
      { apiUrl: sandbox.url },
    );
    expect(result).toEqual({ ok: false, error: "denied" });
    expect(await findSlackIntegration(db, demo.workspaceId)).toBeUndefined();
  });

  it("a code Slack does not know is refused with Slack's reason", async () => {
    const { db } = demo.conn;
    const { state } = await beginSlackInstall(db, admin(), app, { apiUrl: sandbox.url });
    const result = await finishSlackInstall(
      db,
      admin(),
      app,
      { code: "made-up", state, error: null, cookie: state },
      { apiUrl: sandbox.url },
    );
    expect(result).toEqual({ ok: false, error: "refused", slackCode: "invalid_code" });
  });

  it("the manifest's redirect URL, interactivity URL and message shortcuts are filled with APP_URL", () => {
    const manifest = slackAppManifest("https://herald.example.com");
    expect(manifest.oauth_config.redirect_urls).toEqual([
      "https://herald.example.com/api/integrations/slack/oauth",
    ]);
    expect(manifest.settings.interactivity.request_url).toBe(
      "https://herald.example.com/api/webhooks/slack/interactivity",
    );
    expect(manifest.settings.event_subscriptions.request_url).toBe(
      "https://herald.example.com/api/webhooks/slack/events",
    );
    expect(manifest.features.shortcuts.map((s) => [s.type, s.callback_id])).toEqual([
      ["message", "book_meeting"],
      ["message", "collect_information"],
    ]);
  });
});
