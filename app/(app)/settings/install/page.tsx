import type { Metadata } from "next";
import { AllowedOriginsForm } from "@/components/settings/install/allowed-origins-form";
import { CodeBlock } from "@/components/settings/install/code-block";
import { IdentitySecret } from "@/components/settings/install/identity-secret";
import { IdentityVerificationSetting } from "@/components/settings/install/identity-verification-setting";
import { WidgetSecretRotation } from "@/components/settings/install/widget-secret-rotation";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findWorkspace } from "@/db/queries/workspaces";
import { requireMember } from "@/lib/auth/member";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Install" };

const signingExample = `// On your server, for the signed-in user, on each page: never compute this in the browser.
import { createHmac } from "node:crypto";

const identity = {
  email: user.email.trim().toLowerCase(),
  phone: user.phone?.trim() ?? "", // "" when you do not pass it
  name: user.name.trim(),
  issuedAt: Math.floor(Date.now() / 1000), // good for 24 hours
};
const signed = ["herald-identity-v2", identity.issuedAt, identity.email, identity.phone, identity.name].join("\\n");
const signature = createHmac("sha256", process.env.HERALD_IDENTITY_SECRET).update(signed).digest("hex");`;

const identifyExample = `<script>
  window.Herald = window.Herald || function () { (Herald.q = Herald.q || []).push(arguments); };
  Herald("identify", {
    email: "jane@globex.example",
    name: "Jane Cooper",
    issuedAt: 1764590400, // from your server, with the signature
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
          title="Allowed domains"
          description="The sites that may show your chat widget. Other sites get a blank frame, so nobody can put your chat on a look-alike page."
        >
          <AllowedOriginsForm origins={workspace.allowedOrigins} />
        </Card>
        <Card
          title="Identity secret"
          description="Signs the emails of visitors your site knows, so nobody can pose as one of your customers. Keep it on your server."
        >
          <IdentitySecret />
        </Card>
        <Card
          title="Identify signed-in visitors"
          description="Your server signs the visitor's email, phone, name and the time (each trimmed, the email lower-cased, an absent one empty) with the identity secret; the page passes them with the signature to Herald. A wrong signature, or one more than 24 hours old, is refused and the visitor stays anonymous. Fields passed without a signature are shown as unverified and never matched to an account."
        >
          <div className="flex flex-col gap-4">
            <IdentityVerificationSetting legacy={workspace.identityVerification === "legacy"} />
            <CodeBlock code={signingExample} what="signing example" copy={false} />
            <CodeBlock code={identifyExample} what="identify example" copy={false} />
          </div>
        </Card>
        <Card
          title="Visitor tokens"
          description="Each visitor's browser keeps a token that names them to Herald; it lasts 7 days and renews on every visit. Rotating the widget secret revokes every token at once, for example after a token leaked."
        >
          <WidgetSecretRotation />
        </Card>
      </div>
    </>
  );
}
