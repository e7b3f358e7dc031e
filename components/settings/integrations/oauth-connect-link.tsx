// Starts a CRM's OAuth sign-in: a plain link, since the route answers with a redirect to the consent page.
export function OAuthConnectLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      className="inline-flex rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
    >
      {label}
    </a>
  );
}
