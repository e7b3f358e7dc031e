// Channel auth for agents rides on the session cookie: another site's page must not obtain it (issue 8, item 8).
import { describe, expect, it, vi } from "vitest";
import { currentMember } from "@/lib/auth/member";
import { POST } from "./route";

vi.mock("@/lib/auth/member", () => ({ currentMember: vi.fn() }));

const form = "socket_id=1.2&channel_name=private-workspace-w1";
const auth = (origin?: string) =>
  POST(
    new Request("http://localhost:3000/api/realtime/auth", {
      method: "POST",
      headers: {
        host: "localhost:3000",
        "content-type": "application/x-www-form-urlencoded",
        ...(origin ? { origin } : {}),
      },
      body: form,
    }),
  );

describe("POST /api/realtime/auth by session cookie", () => {
  it("refuses a foreign or missing Origin before looking at the session", async () => {
    vi.mocked(currentMember).mockResolvedValue({ role: "agent", workspaceId: "w1" } as Awaited<
      ReturnType<typeof currentMember>
    >);
    for (const origin of ["https://evil.example", undefined]) {
      const response = await auth(origin);
      expect(response.status).toBe(403);
    }
    expect(currentMember).not.toHaveBeenCalled();
  });
});
