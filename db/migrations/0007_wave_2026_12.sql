CREATE TYPE "public"."visitor_email_state" AS ENUM('undeliverable', 'complained');--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"status" text DEFAULT 'connected' NOT NULL,
	"access_token_encrypted" text NOT NULL,
	"refresh_token_encrypted" text,
	"instance_url" text,
	"business_unit_id" text,
	"account_based_routing" boolean DEFAULT true NOT NULL,
	"accounts_cursor" text,
	"contacts_cursor" text,
	"last_full_sweep_at" timestamp with time zone,
	"sync_started_at" timestamp with time zone,
	"sync_heartbeat_at" timestamp with time zone,
	"sync_kind" text,
	"sync_stage" text,
	"sync_done" integer DEFAULT 0 NOT NULL,
	"sync_total" integer,
	"last_sync_result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"crm_user_id" text NOT NULL,
	"email" text,
	"name" text,
	"user_id" text,
	"mapped_manually" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_reply_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_reply_tokens_conversationId_unique" UNIQUE("conversation_id")
);
--> statement-breakpoint
CREATE TABLE "follow_up_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"email" boolean DEFAULT true NOT NULL,
	"sms" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_webhooks_seen" (
	"id" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visitor_email_status" (
	"visitor_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"status" "visitor_email_state" NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_event_receipts" (
	"event_id" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_integrations" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"team_name" text NOT NULL,
	"bot_user_id" text NOT NULL,
	"bot_token" text NOT NULL,
	"signing_secret" text NOT NULL,
	"status" text DEFAULT 'connected' NOT NULL,
	"status_reason" text,
	"global_channel_id" text,
	"flagged_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_user_mappings" (
	"workspace_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"slack_user_id" text NOT NULL,
	"source" text DEFAULT 'email' NOT NULL,
	CONSTRAINT "slack_user_mappings_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
DROP INDEX "customer_accounts_workspace_name_idx";--> statement-breakpoint
ALTER TABLE "account_contacts" ADD COLUMN "crm_connection_id" uuid;--> statement-breakpoint
ALTER TABLE "account_contacts" ADD COLUMN "crm_id" text;--> statement-breakpoint
ALTER TABLE "account_contacts" ADD COLUMN "crm_modified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_contacts" ADD COLUMN "crm_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD COLUMN "crm_connection_id" uuid;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD COLUMN "crm_id" text;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD COLUMN "crm_modified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD COLUMN "crm_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "slack_channel_id" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "slack_thread_ts" text;--> statement-breakpoint
ALTER TABLE "workspace_notification_settings" ADD COLUMN "show_message_text" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "delivery_id" uuid;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "lease_id" uuid;--> statement-breakpoint
ALTER TABLE "notification_events" ADD COLUMN "facts" jsonb;--> statement-breakpoint
ALTER TABLE "routing_groups" ADD COLUMN "slack_channel_id" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "unverified_name" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "unverified_email" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "unverified_phone" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "channel_occupied" boolean;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "channel_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "idle" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "identity_verification" text DEFAULT 'v2' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "widget_secret" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "allowed_origins" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_connections" ADD CONSTRAINT "crm_connections_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_users" ADD CONSTRAINT "crm_users_connection_id_crm_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."crm_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_users" ADD CONSTRAINT "crm_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reply_tokens" ADD CONSTRAINT "conversation_reply_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reply_tokens" ADD CONSTRAINT "conversation_reply_tokens_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_settings" ADD CONSTRAINT "follow_up_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_email_status" ADD CONSTRAINT "visitor_email_status_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_email_status" ADD CONSTRAINT "visitor_email_status_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_integrations" ADD CONSTRAINT "slack_integrations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_user_mappings" ADD CONSTRAINT "slack_user_mappings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_user_mappings" ADD CONSTRAINT "slack_user_mappings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_id_index" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_connections_workspace_id_provider_index" ON "crm_connections" USING btree ("workspace_id","provider");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_users_connection_id_crm_user_id_index" ON "crm_users" USING btree ("connection_id","crm_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "slack_user_mappings_slack_user" ON "slack_user_mappings" USING btree ("workspace_id","slack_user_id");--> statement-breakpoint
ALTER TABLE "account_contacts" ADD CONSTRAINT "account_contacts_crm_connection_id_crm_connections_id_fk" FOREIGN KEY ("crm_connection_id") REFERENCES "public"."crm_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD CONSTRAINT "customer_accounts_crm_connection_id_crm_connections_id_fk" FOREIGN KEY ("crm_connection_id") REFERENCES "public"."crm_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_contacts_crm_connection_id_crm_id_index" ON "account_contacts" USING btree ("crm_connection_id","crm_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_accounts_crm_connection_id_crm_id_index" ON "customer_accounts" USING btree ("crm_connection_id","crm_id");--> statement-breakpoint
-- Written by hand: before the one-open-conversation index, an install that already has two open conversations
-- for one visitor (the old check-then-insert race) keeps the newest open and closes the older ones, messages kept.
UPDATE "conversations" AS c SET "status" = 'closed', "closed_at" = now()
WHERE c."status" = 'open' AND EXISTS (
  SELECT 1 FROM "conversations" AS d
  WHERE d."workspace_id" = c."workspace_id" AND d."visitor_id" = c."visitor_id" AND d."status" = 'open'
    AND (d."created_at" > c."created_at" OR (d."created_at" = c."created_at" AND d."id" > c."id"))
);--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_one_open_per_visitor" ON "conversations" USING btree ("workspace_id","visitor_id") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "customer_accounts_workspace_name_idx" ON "customer_accounts" USING btree ("workspace_id",lower("name")) WHERE "customer_accounts"."crm_connection_id" is null;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_deliveryId_unique" UNIQUE("delivery_id");