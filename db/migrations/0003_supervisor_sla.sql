CREATE TYPE "public"."sla_target" AS ENUM('first_response', 'next_response', 'resolution');--> statement-breakpoint
CREATE TYPE "public"."sla_timer_state" AS ENUM('running', 'met', 'cancelled');--> statement-breakpoint
CREATE TABLE "assistance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"requested_by" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_by" text,
	"cleared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"next_response_minutes" integer,
	"resolution_minutes" integer,
	"warning_percent" integer DEFAULT 75 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_policies_warning_percent" CHECK ("sla_policies"."warning_percent" between 1 and 99)
);
--> statement-breakpoint
CREATE TABLE "sla_timers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"target" "sla_target" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"warn_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"state" "sla_timer_state" DEFAULT 'running' NOT NULL,
	"ended_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"breached_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_group_id_routing_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."routing_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_timers" ADD CONSTRAINT "sla_timers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_timers" ADD CONSTRAINT "sla_timers_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_requests_one_open" ON "assistance_requests" USING btree ("conversation_id") WHERE "assistance_requests"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "assistance_requests_workspace_id_cleared_at_index" ON "assistance_requests" USING btree ("workspace_id","cleared_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_one_per_group" ON "sla_policies" USING btree ("workspace_id","group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_timers_one_running" ON "sla_timers" USING btree ("conversation_id","target") WHERE "sla_timers"."state" = 'running';--> statement-breakpoint
CREATE INDEX "sla_timers_workspace_id_state_warn_at_index" ON "sla_timers" USING btree ("workspace_id","state","warn_at");