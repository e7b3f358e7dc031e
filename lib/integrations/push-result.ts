// What a push provider (FCM, APNs) answered for one device, in the words the follow-up ladder acts on (FU3):
// `dead` tokens are never used again, `retryable` failures are retried with backoff (X3), others fail as they are.
export type PushResult =
  | { ok: true; providerId: string }
  | { ok: false; kind: "dead" | "retryable" | "failed"; reason: string };
