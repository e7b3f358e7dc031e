// What a domain write asks for once it has committed (DESIGN.md "Shape"): realtime publications and the events
// it recorded in the outbox, whose due deliveries go out at once. Domain functions return these; the action and
// route wrappers apply them (./apply.ts), so no action or route hand-carries "publish, then send".
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import type { Publication } from "@/lib/realtime/publish";

export interface Effects {
  publications?: readonly Publication[];
  notifications?: RecordedEvent | readonly RecordedEvent[] | null;
}

// Handed to an action or widget route body: collect a committed write's effects.
export type AfterCommit = (effects: Effects) => void;
