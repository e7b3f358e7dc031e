// Only same-site paths may be a post-sign-in destination: "//evil.example" and absolute URLs are refused.
export function safeRedirectPath(value: string | undefined | null, fallback = "/inbox"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines inside a URL, so "/\t/evil.example" is "//evil.example": resolve the path
  // as a browser would and keep it only if it stays on this site.
  const base = "http://herald.invalid";
  if (new URL(value, base).origin !== base) return fallback;
  return value;
}
