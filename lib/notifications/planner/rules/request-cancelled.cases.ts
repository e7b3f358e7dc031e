import type { CaseBook } from "../testing/cases";
import { conversation, events, group, member, presence, snapshot } from "../testing/fixtures";

export const requestCancelledCases: CaseBook = {
  plan: [
    {
      name: "IC7: a visitor cancelling a pending request notifies the group in-app only, whatever their presence",
      event: events.requestCancelled(),
      snapshot: snapshot({
        members: [
          member("nadia", { presence: presence.viewing("c1") }),
          member("omar", { availability: "dnd" }),
          member("zoe"),
        ],
        conversation: conversation({ group: group(["nadia", "omar"]) }),
      }),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", rule: "IC7", presentation: { toast: false } },
        { to: "user:omar", channel: "in_app", reason: "sent", rule: "IC7" },
      ],
      absent: ["user:zoe"],
      exactly: true,
    },
  ],
};
