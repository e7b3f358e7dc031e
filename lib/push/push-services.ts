// The push services browsers subscribe with. The server connects to a stored endpoint, so an endpoint anywhere
// else (an internal address, a port) would let an agent make Herald probe the network: only these are accepted.
const KNOWN_HOSTS = [
  /^fcm\.googleapis\.com$/, // Chrome, Edge (Chromium), Opera
  /^[a-z0-9-]+(\.[a-z0-9-]+)*\.push\.services\.mozilla\.com$/, // Firefox
  /^[a-z0-9-]+(\.[a-z0-9-]+)*\.push\.apple\.com$/, // Safari
  /^[a-z0-9-]+(\.[a-z0-9-]+)*\.notify\.windows\.com$/, // Edge (legacy), Windows
];

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

// Outside production a local HTTPS push service (the tests' fake, a developer's) on a loopback address is fine.
const loopbackAllowed = () => process.env.NODE_ENV !== "production";

export function isKnownPushService(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== "https:") return false;
  if (LOOPBACK.has(url.hostname)) return loopbackAllowed();
  if (url.port !== "") return false; // push services answer on 443
  return KNOWN_HOSTS.some((host) => host.test(url.hostname));
}

// What a user is shown when a push failed: the status or kind of failure, never the service's body (kept in the
// delivery log for admins, X3) nor a network error naming an address.
export function shortPushReason(error: string): string {
  const status = /^push service (\d{3})/.exec(error)?.[1];
  if (status) return `the push service answered ${status}`;
  if (error.startsWith("malformed subscription")) return "this browser's subscription is not valid";
  if (error.startsWith("not a known push service")) return "this browser's push service is not supported";
  return "the push service could not be reached";
}
