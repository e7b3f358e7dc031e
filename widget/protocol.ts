// The postMessage protocol between the loader (customer page) and the frame (docs/widget-api.md).
// Both sides check event.origin and event.source before trusting a message. The loader, on a 2 KB budget,
// checks the frame's messages inline; the frame parses the loader's with parseLoaderMessage.

export type FrameToLoader =
  | { type: "herald:ready" }
  | { type: "herald:unread"; count: number }
  | { type: "herald:open" }
  | { type: "herald:close" };

export type LoaderToFrame =
  | { type: "herald:init"; key: string; token: string; visitorId: string }
  | { type: "herald:visibility"; open: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.length <= 500;

// A message the loader may send to the frame, or null.
export function parseLoaderMessage(data: unknown): LoaderToFrame | null {
  if (!isRecord(data)) return null;
  if (data.type === "herald:init") {
    const { key, token, visitorId } = data;
    return isText(key) && isText(token) && isText(visitorId)
      ? { type: "herald:init", key, token, visitorId }
      : null;
  }
  if (data.type === "herald:visibility" && typeof data.open === "boolean") {
    return { type: "herald:visibility", open: data.open };
  }
  return null;
}
