// Slack's interactivity payloads Herald acts on (PROVIDERS.md §1.5), validated: a message shortcut (SK8), a
// button in our own message (the thread root's "Close", SK9) and a modal's submission (the qualification, SK9).
// Fields Herald does not read are let through untouched; what it reads must be there.
import { z } from "zod";

const team = z.object({ id: z.string().min(1) });
const user = z.object({ id: z.string().min(1) });

export const messageShortcut = z.object({
  type: z.literal("message_action"),
  callback_id: z.string(),
  trigger_id: z.string().min(1),
  team,
  user,
  channel: z.object({ id: z.string().min(1) }),
  message: z.object({ ts: z.string().min(1), thread_ts: z.string().optional() }),
});

export const blockActions = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  team,
  user,
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ message_ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

const optionValue = z.object({ selected_option: z.object({ value: z.string() }).nullish() });
export const viewSubmission = z.object({
  type: z.literal("view_submission"),
  trigger_id: z.string().min(1),
  team,
  user,
  view: z.object({
    id: z.string().min(1),
    callback_id: z.string(),
    private_metadata: z.string().default(""),
    state: z
      .object({ values: z.record(z.string(), z.record(z.string(), optionValue)) })
      .default({ values: {} }),
  }),
});

// Other types (global shortcuts, view_closed, …) are acknowledged and ignored.
const other = z.object({ type: z.string(), team, trigger_id: z.string().optional() });
const byType: Record<string, z.ZodType<InteractionPayload>> = {
  message_action: messageShortcut,
  block_actions: blockActions,
  view_submission: viewSubmission,
};

export type MessageShortcut = z.infer<typeof messageShortcut>;
export type BlockActions = z.infer<typeof blockActions>;
export type ViewSubmission = z.infer<typeof viewSubmission>;
export type InteractionPayload = MessageShortcut | BlockActions | ViewSubmission | z.infer<typeof other>;

// The form body `payload=<JSON>` → a payload, or the reason it is not one (a 400 naming the field).
export function parseInteraction(
  rawBody: string,
): { ok: true; payload: InteractionPayload } | { ok: false; error: string } {
  const json = new URLSearchParams(rawBody).get("payload");
  if (!json) return { ok: false, error: "payload: missing (a form field holding Slack's JSON)" };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: "payload: not JSON" };
  }
  const type = (data as { type?: unknown } | null)?.type;
  const schema = (typeof type === "string" && byType[type]) || other;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `payload.${issue?.path.join(".") || "type"}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, payload: parsed.data };
}
