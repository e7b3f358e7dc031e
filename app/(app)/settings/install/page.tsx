import type { Metadata } from "next";
import { CodeBlock } from "@/components/settings/install/code-block";
import { IdentitySecret } from "@/components/settings/install/identity-secret";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findWorkspace } from "@/db/queries/workspaces";
import { requireMember } from "@/lib/auth/member";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Install" };

const signingExample = `// On your server, for the signed-in user: never compute this in the browser.
import { createHmac } from "node:crypto";

const signature = createHmac("sha256", process.env.HERALD_IDENTITY_SECRET)
  .update(user.email.trim().toLowerCase())
  .digest("hex");`;

const identifyExample = `<script>
  window.Herald = window.Herald || function () { (Herald.q = Herald.q || []).push(arguments); };
  Herald("identify", {
    email: "jane@globex.example",
    name: "Jane Cooper",
    signature: "<signature from your server>",
  });
</script>`;

export default async function InstallPage() {
  const admin = await requireMember("admin");
  const workspace = await findWorkspace(getDb(), admin.workspaceId);
  const snippet = `<script src="${env().APP_URL}/widget/loader.js" data-key="${workspace.publicKey}" async></script>`;
  return (
    <>
      <PageHeader
        title="Install"
        description="Put the chat widget on your website and tell Herald who your visitors are."
      />
      <div className="flex flex-col gap-6">
        <Card
          title="Embed the widget"
          description="Paste this tag before </body> on every page of your site."
        >
          <CodeBlock code={snippet} what="embed snippet" />
        </Card>
        <Card
          title="Identity secret"
          description="Signs the emails of visitors your site knows, so nobody can pose as one of your customers. Keep it on your server."
        >
          <IdentitySecret />
        </Card>
        <Card
          title="Identify signed-in visitors"
          description="Your server signs the visitor's email (trimmed, lower-cased) with the identity secret; the page passes the signature to Herald. A wrong signature is refused and the visitor stays anonymous."
        >
          <div className="flex flex-col gap-4">
            <CodeBlock code={signingExample} what="signing example" copy={false} />
            <CodeBlock code={identifyExample} what="identify example" copy={false} />
          </div>
        </Card>
      </div>
    </>
  );
}
