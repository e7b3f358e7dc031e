// The two route handlers of a CRM OAuth sign-in, for admins: "connect" redirects to the CRM's consent page,
// "callback" finishes the sign-in and returns to Settings → Integrations.
import type { Db } from "@/db/client";
import { withMember } from "@/lib/api/with-member";
import { env } from "@/lib/env";
import type { OAuthAdmin, OAuthCallback } from "./oauth-state";

export const oauthConnectRoute = (begin: (db: Db, admin: OAuthAdmin) => Promise<string>) =>
  withMember(async ({ db, member }) => Response.redirect(await begin(db, member), 302), { role: "admin" });

export const oauthCallbackRoute = (
  finish: (db: Db, admin: OAuthAdmin, callback: OAuthCallback) => Promise<unknown>,
) =>
  withMember(
    async ({ db, member, request }) => {
      const params = new URL(request.url).searchParams;
      await finish(db, member, {
        code: params.get("code"),
        state: params.get("state"),
        error: params.get("error"),
      });
      return Response.redirect(new URL("/settings/integrations", env().APP_URL), 303);
    },
    { role: "admin" },
  );
