// The realtime events Herald publishes, by name, with their payloads. Publishers and subscribers import
// these types so a renamed field is a compile error on both sides.
export interface MessagePayload {
  id: string;
  conversationId: string;
  authorType: "visitor" | "agent" | "system";
  authorName: string | null; // the agent's name; null for the visitor
  body: string;
  // SK8: "booking_link" (body = the URL, shown as a card), "contact_request" (a form in the widget) and the
  // visitor's "contact_answer"; "text" otherwise.
  kind: "text" | "booking_link" | "contact_request" | "contact_answer";
  createdAt: string; // ISO
}

// An internal note: teammates only, so it travels on the workspace channel, never the conversation's.
export interface NotePayload extends MessagePayload {
  internal: true;
  mentionedUserIds: string[];
}

export interface ConversationPayload {
  id: string;
  visitorId: string;
  visitorName: string | null;
  visitorEmail: string | null;
  status: "open" | "closed";
  initiator: "visitor" | "agent";
  assigneeId: string | null;
  assigneeName: string | null;
  groupId: string | null;
  lastMessageAt: string;
  preview: string | null;
}

export interface LiveVisitorPayload {
  visitorId: string;
  visitId: string;
  name: string | null;
  email: string | null;
  // An unsigned identify's claim, shown marked unverified (lib/chat/visitor-label.ts).
  unverifiedName?: string | null;
  unverifiedEmail?: string | null;
  company: string | null;
  currentUrl: string | null;
  currentTitle: string | null;
  pageViews: number;
  startedAt: string;
  lastActivityAt: string;
  lastHeartbeatAt: string;
  pageHidden: boolean;
  idle: boolean;
  leftAt: string | null;
}

// A notification for one teammate (user channel): the agent app shows a toast or a browser notification.
export interface NotificationPayload {
  id: string; // the notification-center row
  title: string;
  body: string;
  // X5: what an OS-level (browser) notification shows: outside the app, so without the message's words when
  // the workspace keeps them in; `tag` collapses them to one per conversation or visitor.
  notice: { title: string; body: string; tag: string };
  visitor: { id: string; label: string; name: string | null } | null; // whom "Start chat" (LV8) greets
  conversationId: string | null;
  presentation: {
    toast?: boolean;
    browser?: boolean; // the planner's `browser` channel: a Notification API notification while not focused
    sound?: boolean;
    titleFlash?: boolean;
    highlightVisitor?: string;
    actions?: readonly { kind: "start_chat"; visitorId: string }[];
  };
}

export interface RealtimeEvents {
  // conversation channel
  "message.created": MessagePayload;
  // No agent user id: the conversation channel is the visitor's too (issue 8).
  "conversation.read": { conversationId: string; by: "visitor" | "agent"; at: string };
  // workspace channel
  "conversation.updated": ConversationPayload;
  "visitor.updated": LiveVisitorPayload;
  "note.created": NotePayload;
  // user channel
  "notification.created": NotificationPayload;
  // visitor channel
  "conversation.started": { conversationId: string; agentName: string | null };
}

export type RealtimeEventName = keyof RealtimeEvents;

// Typing is a client event (client-typing) on the conversation channel: it never touches the server.
export interface TypingEvent {
  by: "visitor" | "agent";
  name: string | null;
  typing: boolean;
}
