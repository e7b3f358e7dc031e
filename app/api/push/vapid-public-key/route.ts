import { withMember } from "@/lib/api/with-member";
import { vapidDetails } from "@/lib/channels/vapid";

// GET /api/push/vapid-public-key — the key browsers subscribe with (applicationServerKey); never the private one
export const GET = withMember(async ({ db }) => {
  const { publicKey } = await vapidDetails(db);
  return Response.json({ publicKey });
});
