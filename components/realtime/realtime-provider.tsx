"use client";

// One pusher-js connection per browser tab for the agent app, opened on the first subscription. Components
// subscribe through the hooks below; a channel is left when its last subscriber unmounts.
import { useRouter } from "next/navigation";
import Pusher, { type Channel, type Options } from "pusher-js";
import { createContext, useContext, useEffect, useRef, useState } from "react";

interface RealtimeClient {
  acquire(channelName: string): Channel;
  release(channelName: string): void;
  find(channelName: string): Channel | undefined;
}

const RealtimeContext = createContext<RealtimeClient | null>(null);
export const useRealtimeClient = () => useContext(RealtimeContext);

export function RealtimeProvider({
  pusherKey,
  options,
  children,
}: {
  pusherKey: string;
  options: Options;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const refresh = useRef(router.refresh);
  refresh.current = router.refresh;
  const pusher = useRef<Pusher | null>(null);

  // Created once: a server refresh hands down equal but new props, which must not open a second connection.
  const [client] = useState<RealtimeClient>(() => {
    const counts = new Map<string, number>();
    const connect = () => {
      const p = new Pusher(pusherKey, options);
      let connectedBefore = false;
      // After a drop, events published meanwhile are lost: re-read the page from the server.
      p.connection.bind("state_change", ({ current }: { current: string }) => {
        if (current !== "connected") return;
        if (connectedBefore) refresh.current();
        connectedBefore = true;
      });
      return p;
    };
    return {
      acquire(name) {
        pusher.current ??= connect();
        const first = !counts.has(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
        const channel = pusher.current.subscribe(name);
        if (first) {
          // The page was rendered before this subscription existed: whatever was published in between
          // (a visitor hiding their page, a new message) is only on the server. Re-read once subscribed.
          const caughtUp = () => {
            channel.unbind("pusher:subscription_succeeded", caughtUp);
            refresh.current();
          };
          channel.bind("pusher:subscription_succeeded", caughtUp);
        }
        return channel;
      },
      release(name) {
        const left = (counts.get(name) ?? 1) - 1;
        if (left > 0) return void counts.set(name, left);
        counts.delete(name);
        pusher.current?.unsubscribe(name);
      },
      find: (name) => pusher.current?.channel(name) ?? undefined,
    };
  });

  useEffect(
    () => () => {
      pusher.current?.disconnect();
      pusher.current = null;
    },
    [],
  );

  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}
