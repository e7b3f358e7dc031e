"use client";

import { setRoutingGroupMembers } from "@/lib/actions/set-routing-group-members";
import { type Teammate, TeammateChecklistForm } from "../teammate-checklist-form";

export type { Teammate };

// Saving replaces the group's members with the checked teammates of the workspace.
export function GroupMembersForm(props: {
  groupId: string;
  groupName: string;
  teammates: Teammate[];
  memberIds: string[];
}) {
  return (
    <TeammateChecklistForm
      action={setRoutingGroupMembers}
      subject={{ name: "groupId", value: props.groupId }}
      field="members"
      legend={`Members of ${props.groupName}`}
      submitLabel="Save members"
      teammates={props.teammates}
      checkedIds={props.memberIds}
    />
  );
}
