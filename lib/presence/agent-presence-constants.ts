// The agent app reports every 20 s while open; a tab silent for 45 s (two missed reports) is gone.
export const AGENT_TAB_REPORT_INTERVAL_MS = 20_000;
export const AGENT_TAB_TIMEOUT_MS = 45_000;
