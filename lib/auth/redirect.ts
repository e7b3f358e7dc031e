// Only same-site paths may be a post-sign-in destination: "//evil.example" and absolute URLs are refused.
export function safeRedirectPath(value: string | undefined | null, fallback = "/inbox"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
