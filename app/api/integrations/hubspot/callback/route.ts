// GET /api/integrations/hubspot/callback — HubSpot sends the admin back here with a code: exchange it, store
// the connection, return to Settings → Integrations.
import { finishHubSpotConnect } from "@/lib/crm/hubspot-connect";
import { oauthCallbackRoute } from "@/lib/crm/oauth-routes";

export const dynamic = "force-dynamic";

export const GET = oauthCallbackRoute(finishHubSpotConnect);
