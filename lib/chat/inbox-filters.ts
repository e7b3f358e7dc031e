// The inbox's view and status from the URL (?view=…&status=…); anything unknown falls back to the default.
import {
  type InboxStatus,
  type InboxView,
  inboxStatuses,
  inboxViews,
  type QualificationFilter,
} from "@/db/queries/inbox";
import { leadQualifications } from "./lead-qualification";

export interface InboxFilters {
  view: InboxView;
  status: InboxStatus;
  qualification?: QualificationFilter; // SK9; absent: any
}

export const qualificationFilters: readonly QualificationFilter[] = [...leadQualifications, "unqualified"];

export const defaultInboxFilters: InboxFilters = { view: "mine", status: "open" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

export function parseInboxFilters(params: Record<string, string | string[] | undefined>): InboxFilters {
  const view = one(params.view);
  const status = one(params.status);
  const qualification = one(params.qualification);
  return {
    view: isOneOf(inboxViews, view) ? view : defaultInboxFilters.view,
    status: isOneOf(inboxStatuses, status) ? status : defaultInboxFilters.status,
    ...(isOneOf(qualificationFilters, qualification) ? { qualification } : {}),
  };
}

export function inboxHref(filters: InboxFilters): string {
  const lead = filters.qualification ? `&qualification=${filters.qualification}` : "";
  return `/inbox?view=${filters.view}&status=${filters.status}${lead}`;
}

export const inboxViewLabel: Record<InboxView, string> = {
  mine: "Assigned to me",
  groups: "My groups",
  unassigned: "Unassigned",
  all: "All",
};
