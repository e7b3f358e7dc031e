// GET /api/integrations/salesforce/callback — Salesforce sends the admin back here with a code: exchange it,
// store the connection, return to Settings → Integrations.
import { oauthCallbackRoute } from "@/lib/crm/oauth-routes";
import { finishSalesforceConnect } from "@/lib/crm/salesforce-connect";

export const dynamic = "force-dynamic";

export const GET = oauthCallbackRoute(finishSalesforceConnect);
