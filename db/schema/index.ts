export * from "./auth";
export * from "./conversations";
export * from "./members";
export * from "./notifications";
export * from "./presence";
export * from "./routing";
export * from "./visitors";
export * from "./workspaces";
