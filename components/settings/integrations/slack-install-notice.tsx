import { Alert } from "@/components/ui/alert";
import type { SlackInstallError } from "@/lib/integrations/slack/oauth";

const words: Record<SlackInstallError, string> = {
  denied: "Slack was not connected: the install was cancelled on Slack's page.",
  bad_state:
    "Slack was not connected: this return from Slack does not match an install started in this browser by you. Click Add to Slack again.",
  expired: "Slack was not connected: the install took more than 10 minutes. Click Add to Slack again.",
  refused: "Slack was not connected: Slack refused the install",
};

const isInstallError = (value: string): value is SlackInstallError => value in words;

// What came back from "Add to Slack" (the callback's redirect says it in the query: a known word, never Slack's
// text). Slack's own error code is shown only when it looks like one.
export function SlackInstallNotice(props: { outcome?: string; error?: string; code?: string }) {
  if (props.outcome === "connected") return <Alert tone="success">Slack is connected.</Alert>;
  if (!props.error || !isInstallError(props.error)) return null;
  const code = props.code && /^[a-z_]{1,40}$/.test(props.code) ? props.code : null;
  return (
    <Alert tone="error">
      {words[props.error]}
      {props.error === "refused" &&
        (code ? ` (${code}). Click Add to Slack again.` : ". Click Add to Slack again.")}
    </Alert>
  );
}
