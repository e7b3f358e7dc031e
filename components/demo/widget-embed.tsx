import type { IdentifyCall } from "@/lib/demo/personas";

// The widget exactly as a customer embeds it: the script tag, and Herald('identify', …) for a signed-in
// user through the usual queue stub (the loader runs queued calls when it arrives).
export function WidgetEmbed({ publicKey, identify }: { publicKey: string; identify: IdentifyCall | null }) {
  // JSON.stringify, then < escaped: the values cannot close the script element.
  const claim = JSON.stringify(identify).replace(/</g, "\\u003c");
  const identifyScript = `window.Herald = window.Herald || function () { (Herald.q = Herald.q || []).push(arguments); };
Herald("identify", ${claim});`;
  return (
    <>
      {identify && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: server-made JSON, escaped above
        <script dangerouslySetInnerHTML={{ __html: identifyScript }} />
      )}
      <script src="/widget/loader.js" data-key={publicKey} async />
    </>
  );
}
