// A CRM refused the credentials themselves (HubSpot 401, Salesforce invalid_grant): retrying cannot help, the
// connection needs an admin to reconnect.
export class CrmAuthError extends Error {}
