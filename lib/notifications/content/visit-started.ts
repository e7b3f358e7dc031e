// LV1/LV6: a known visitor arrived — who, from which account, on which page.
import type { EventOf } from "../events/event";
import { notice } from "./compose";
import { type NotificationFacts, visitorWho } from "./facts";
import { liveViewUrl } from "./links";
import type { EventWords } from "./types";

// The page as a person names it: its title, else the path of its address.
function pageName(page: NonNullable<NotificationFacts["page"]>): string {
  if (page.title?.trim()) return page.title.trim();
  try {
    return new URL(page.url).pathname;
  } catch {
    return page.url;
  }
}

export function visitStartedWords(event: EventOf<"visit.started">, facts: NotificationFacts): EventWords {
  const who = visitorWho(facts);
  const title = facts.page ? `${who} is on ${pageName(facts.page)}` : `${who} is on your site`;
  const detail = facts.page
    ? `Now on ${facts.page.url}. Start a chat while they are here.`
    : "Start a chat while they are here.";
  return notice(title, detail, { url: liveViewUrl(event.visitorId), tag: `visitor:${event.visitorId}` });
}
