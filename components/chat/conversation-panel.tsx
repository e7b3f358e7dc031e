"use client";

import { useEffect, useMemo, useState } from "react";
import { useClientEvent, useRealtimeEvent } from "@/components/realtime/use-realtime-event";
import { useRefreshOn } from "@/components/realtime/use-refresh-on";
import type { Mentionable } from "@/lib/chat/mentions";
import {
  lastSeenAgentMessageId,
  laterOf,
  mergeMessages,
  type TranscriptMessage,
} from "@/lib/chat/transcript";
import { parseTypingEvent, TYPING_SHOWN_MS } from "@/lib/chat/typing";
import { channels } from "@/lib/realtime/channels";
import { ReplyComposer } from "./reply-composer";
import { Transcript } from "./transcript";
import { useMarkRead } from "./use-mark-read";
import { useTypingSignal } from "./use-typing-signal";

interface ConversationPanelProps {
  workspaceId: string;
  conversationId: string;
  visitorName: string;
  agentName: string;
  timeZone: string;
  teammates: Mentionable[]; // who an internal note can @mention
  messages: TranscriptMessage[]; // as loaded by the page; live ones are merged in
  seenAt: string | null; // when the visitor last read agent messages
}

// The live part of a conversation: transcript, "Seen", typing both ways, and the reply composer.
export function ConversationPanel(props: ConversationPanelProps) {
  const { workspaceId, conversationId, visitorName, agentName, timeZone } = props;
  const channel = channels.conversation(conversationId);
  const [live, setLive] = useState<TranscriptMessage[]>([]);
  const [liveSeenAt, setLiveSeenAt] = useState<string | null>(null);
  const [visitorTypingAt, setVisitorTypingAt] = useState<number | null>(null);
  const messages = useMemo(() => mergeMessages(props.messages, live), [props.messages, live]);
  const seenAt = laterOf(props.seenAt, liveSeenAt);
  const markRead = useMarkRead(conversationId);
  const typing = useTypingSignal(channel, agentName);

  useRealtimeEvent(channel, "message.created", (message) => {
    setLive((current) => mergeMessages(current, [message]));
    if (message.authorType === "visitor") setVisitorTypingAt(null);
    markRead();
  });
  useRealtimeEvent(channel, "conversation.read", (read) => {
    if (read.by === "visitor") setLiveSeenAt((current) => laterOf(current, read.at));
  });
  useClientEvent(channel, "client-typing", (data) => {
    const event = parseTypingEvent(data);
    if (event?.by === "visitor") setVisitorTypingAt(event.typing ? Date.now() : null);
  });
  // Internal notes come on the workspace channel: the conversation channel is the visitor's too.
  useRealtimeEvent(channels.workspace(workspaceId), "note.created", (note) => {
    if (note.conversationId === conversationId) setLive((current) => mergeMessages(current, [note]));
  });
  // Assigned, transferred, closed or reopened (here or by a teammate): re-read the page.
  useRefreshOn(channels.workspace(workspaceId), "conversation.updated", (c) => c.id === conversationId);

  // A "typing" that is never followed by "stopped" (the visitor closed the page) fades out.
  useEffect(() => {
    if (visitorTypingAt === null) return;
    const timer = setTimeout(() => setVisitorTypingAt(null), TYPING_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [visitorTypingAt]);

  return (
    <section aria-label="Conversation" className="flex flex-col rounded-lg border border-slate-200 bg-white">
      <Transcript
        messages={messages}
        seenMessageId={lastSeenAgentMessageId(messages, seenAt)}
        visitorName={visitorName}
        timeZone={timeZone}
      />
      <p aria-live="polite" className="h-5 px-4 text-xs text-slate-500 italic">
        {visitorTypingAt !== null && `${visitorName} is typing…`}
      </p>
      <ReplyComposer
        conversationId={conversationId}
        teammates={props.teammates}
        onSent={(message) => setLive((current) => mergeMessages(current, [message]))}
        onKeystroke={typing.keystroke}
        onStop={typing.stop}
      />
    </section>
  );
}
