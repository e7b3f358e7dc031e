// The frame's realtime link: pusher-js with the session's options, authorised as this visitor.
import Pusher, { type Channel } from "pusher-js";
import { channels } from "@/lib/realtime/channels";
import type { RealtimeEvents, TypingEvent } from "@/lib/realtime/events";
import type { SessionAnswer, VisitorAuth } from "./api";

export interface RealtimeHandlers {
  conversationStarted(event: RealtimeEvents["conversation.started"]): void;
  messageCreated(event: RealtimeEvents["message.created"]): void;
  conversationRead(event: RealtimeEvents["conversation.read"]): void;
  typing(event: TypingEvent): void;
  // Events may have been missed: the link was down, or a conversation channel was just subscribed (the
  // transcript fetched before that may lack what arrived in between).
  resync(): void;
  connectionChanged(up: boolean): void;
}

export function connectRealtime(
  realtime: SessionAnswer["realtime"],
  auth: VisitorAuth,
  visitorId: string,
  on: RealtimeHandlers,
) {
  const pusher = new Pusher(realtime.key, {
    ...realtime.options,
    channelAuthorization: {
      endpoint: "/api/realtime/auth",
      transport: "ajax",
      ...realtime.options.channelAuthorization,
      params: { visitor_key: auth.key, visitor_token: auth.token },
    },
  });

  let wasConnected = false;
  pusher.connection.bind("state_change", ({ current }: { current: string }) => {
    if (current === "connected") {
      if (wasConnected) on.resync();
      wasConnected = true;
    }
    if (wasConnected) on.connectionChanged(current === "connected");
  });

  pusher.subscribe(channels.visitor(visitorId)).bind("conversation.started", on.conversationStarted);

  let conversation: Channel | undefined;
  return {
    // Follows one conversation at a time; calling again with the same id does nothing.
    follow(conversationId: string) {
      const name = channels.conversation(conversationId);
      if (conversation?.name === name) return;
      if (conversation) pusher.unsubscribe(conversation.name);
      conversation = pusher.subscribe(name);
      conversation.bind("message.created", on.messageCreated);
      conversation.bind("conversation.read", on.conversationRead);
      conversation.bind("client-typing", on.typing);
      conversation.bind("pusher:subscription_succeeded", on.resync);
    },
    // Client events only reach the others once the subscription has succeeded; a lost one is harmless.
    sendTyping(typing: boolean) {
      const event: TypingEvent = { by: "visitor", name: null, typing };
      if (conversation?.subscribed) conversation.trigger("client-typing", event);
    },
  };
}

export type RealtimeLink = ReturnType<typeof connectRealtime>;
