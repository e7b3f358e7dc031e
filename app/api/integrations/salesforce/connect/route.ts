// GET /api/integrations/salesforce/connect — admins: start the Salesforce OAuth web-server flow (PKCE).
import { oauthConnectRoute } from "@/lib/crm/oauth-routes";
import { beginSalesforceConnect } from "@/lib/crm/salesforce-connect";

export const dynamic = "force-dynamic";

export const GET = oauthConnectRoute(beginSalesforceConnect);
