// GET /api/integrations/hubspot/connect — admins: start the HubSpot OAuth sign-in.
import { beginHubSpotConnect } from "@/lib/crm/hubspot-connect";
import { oauthConnectRoute } from "@/lib/crm/oauth-routes";

export const dynamic = "force-dynamic";

export const GET = oauthConnectRoute(beginHubSpotConnect);
