import type { Role } from "@/db/schema";

// Admins can do what supervisors can, who can do what agents can.
const rank: Record<Role, number> = { agent: 0, supervisor: 1, admin: 2 };

export const hasRole = (actual: Role, required: Role) => rank[actual] >= rank[required];

export const roleLabel: Record<Role, string> = { admin: "Admin", supervisor: "Supervisor", agent: "Agent" };
