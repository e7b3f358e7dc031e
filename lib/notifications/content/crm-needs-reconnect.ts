// A CRM refused Herald's credentials: which one, what stopped, and where an admin reconnects it.
import type { EventOf } from "../events/event";
import { notice } from "./compose";
import { integrationsUrl } from "./links";
import type { EventWords } from "./types";

const providerName = { hubspot: "HubSpot", salesforce: "Salesforce", pardot: "Pardot" } as const;

export const crmNeedsReconnectWords = (event: EventOf<"crm.needs_reconnect">): EventWords =>
  notice(
    `${providerName[event.provider]} needs reconnecting`,
    "It refused Herald's credentials, so syncing stopped. Reconnect it in Settings → Integrations.",
    { url: integrationsUrl(), tag: `integration:${event.connectionId}` },
  );
