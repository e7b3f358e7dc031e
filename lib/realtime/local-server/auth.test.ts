// Our channel signatures must be exactly what the `pusher` SDK's authorizeChannel produces.
import PusherServer from "pusher";
import { describe, expect, it } from "vitest";
import { signChannel, verifyChannelAuth } from "./auth";
import { testApp } from "./testing";

const sdk = new PusherServer({ ...testApp, host: "127.0.0.1", useTLS: false });
const socketId = "123.456";

describe("channel auth", () => {
  it("signs a private channel like the pusher SDK", () => {
    const ours = signChannel(testApp, socketId, "private-user-9");
    expect(ours).toEqual(sdk.authorizeChannel(socketId, "private-user-9"));
    expect(ours.auth.startsWith(`${testApp.key}:`)).toBe(true);
  });

  it("signs a presence channel over the exact channel_data string", () => {
    const member = { user_id: "nadia", user_info: { name: "Nadia" } };
    const fromSdk = sdk.authorizeChannel(socketId, "presence-ws-1", member);
    const channelData = fromSdk.channel_data ?? "";
    expect(signChannel(testApp, socketId, "presence-ws-1", channelData)).toEqual(fromSdk);
    expect(verifyChannelAuth(testApp, socketId, "presence-ws-1", fromSdk.auth, channelData)).toBe(true);
    // Same member, different serialisation: the signature no longer matches.
    const reordered = JSON.stringify({ user_info: member.user_info, user_id: member.user_id });
    expect(verifyChannelAuth(testApp, socketId, "presence-ws-1", fromSdk.auth, reordered)).toBe(false);
  });

  it("rejects another socket, another channel, another secret, or no auth", () => {
    const { auth } = signChannel(testApp, socketId, "private-a");
    expect(verifyChannelAuth(testApp, socketId, "private-a", auth)).toBe(true);
    expect(verifyChannelAuth(testApp, "123.457", "private-a", auth)).toBe(false);
    expect(verifyChannelAuth(testApp, socketId, "private-b", auth)).toBe(false);
    expect(verifyChannelAuth({ ...testApp, secret: "other" }, socketId, "private-a", auth)).toBe(false);
    expect(verifyChannelAuth(testApp, socketId, "private-a", undefined)).toBe(false);
    expect(verifyChannelAuth(testApp, socketId, "private-a", "short")).toBe(false);
  });
});
