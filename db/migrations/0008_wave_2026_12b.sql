CREATE TYPE "public"."lead_qualification" AS ENUM('qualified', 'not_a_fit', 'existing_customer', 'spam');--> statement-breakpoint
CREATE TYPE "public"."message_kind" AS ENUM('text', 'booking_link', 'contact_request', 'contact_answer');--> statement-breakpoint
CREATE TYPE "public"."text_channel" AS ENUM('sms', 'whatsapp');--> statement-breakpoint
CREATE TYPE "public"."text_direction" AS ENUM('outbound', 'inbound');--> statement-breakpoint
CREATE TABLE "sms_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"balance_after_minor" integer NOT NULL,
	"delivery_id" uuid,
	"reference" text,
	"unique_key" text NOT NULL,
	"segments" integer,
	"country_code" text,
	"actor_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_ledger_uniqueKey_unique" UNIQUE("unique_key")
);
--> statement-breakpoint
CREATE TABLE "sms_prices" (
	"workspace_id" uuid NOT NULL,
	"country_code" text NOT NULL,
	"per_segment_minor" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_prices_workspace_id_country_code_pk" PRIMARY KEY("workspace_id","country_code"),
	CONSTRAINT "sms_prices_not_negative" CHECK ("sms_prices"."per_segment_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sms_wallets" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"balance_minor" integer DEFAULT 0 NOT NULL,
	"plan" text DEFAULT 'free' NOT NULL,
	"auto_charge_enabled" boolean DEFAULT false NOT NULL,
	"auto_charge_amount_minor" integer DEFAULT 2000 NOT NULL,
	"auto_charge_threshold_minor" integer DEFAULT 500 NOT NULL,
	"stripe_customer_id" text,
	"stripe_payment_method_id" text,
	"card_label" text,
	"card_declined_at" timestamp with time zone,
	"top_up_count" integer DEFAULT 0 NOT NULL,
	"empty_notice_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_wallets_balance_not_negative" CHECK ("sms_wallets"."balance_minor" >= 0),
	CONSTRAINT "sms_wallets_auto_charge_positive" CHECK ("sms_wallets"."auto_charge_amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "crm_oauth_states" (
	"state" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"provider" text NOT NULL,
	"verifier" text,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"last_finished_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"page_view_days" integer,
	"visitor_days" integer,
	"decision_days" integer,
	"notification_days" integer,
	"last_run_at" timestamp with time zone,
	"last_run_deleted" jsonb
);
--> statement-breakpoint
CREATE TABLE "mobile_push_credentials" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"fcm" text,
	"apns" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "push_receipts" (
	"delivery_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visitor_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visitor_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visitor_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"token" text NOT NULL,
	"app_id" text NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"dead_at" timestamp with time zone,
	"dead_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visitor_devices_workspaceId_provider_token_unique" UNIQUE("workspace_id","provider","token")
);
--> statement-breakpoint
CREATE TABLE "sender_domains" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"domain" text NOT NULL,
	"resend_domain_id" text NOT NULL,
	"status" text NOT NULL,
	"records" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_mirror_retries" (
	"event_id" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_oauth_states" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_messages" (
	"sid" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"direction" text_direction NOT NULL,
	"channel" text_channel NOT NULL,
	"phone" text NOT NULL,
	"visitor_id" uuid,
	"delivery_id" uuid,
	"status" text NOT NULL,
	"error_code" integer,
	"keyword" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_opt_outs" (
	"workspace_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"keyword" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "text_opt_outs_workspace_id_phone_pk" PRIMARY KEY("workspace_id","phone")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "booking_url" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "qualification" "lead_qualification";--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "qualified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "qualified_by_id" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "kind" "message_kind" DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up_settings" ADD COLUMN "whatsapp_content_sid" text;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD COLUMN "device" text DEFAULT 'desktop' NOT NULL;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "recipient_user_ids" text[];--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "recipient_crm_user_id" uuid;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "segments" integer;--> statement-breakpoint
ALTER TABLE "slack_integrations" ADD COLUMN "use_channel_ids" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sms_ledger" ADD CONSTRAINT "sms_ledger_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_ledger" ADD CONSTRAINT "sms_ledger_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_prices" ADD CONSTRAINT "sms_prices_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_wallets" ADD CONSTRAINT "sms_wallets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_oauth_states" ADD CONSTRAINT "crm_oauth_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_oauth_states" ADD CONSTRAINT "crm_oauth_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_push_credentials" ADD CONSTRAINT "mobile_push_credentials_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_receipts" ADD CONSTRAINT "push_receipts_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_receipts" ADD CONSTRAINT "push_receipts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_devices" ADD CONSTRAINT "visitor_devices_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visitor_devices" ADD CONSTRAINT "visitor_devices_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sender_domains" ADD CONSTRAINT "sender_domains_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_mirror_retries" ADD CONSTRAINT "slack_mirror_retries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_oauth_states" ADD CONSTRAINT "slack_oauth_states_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_oauth_states" ADD CONSTRAINT "slack_oauth_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_messages" ADD CONSTRAINT "text_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_messages" ADD CONSTRAINT "text_messages_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_messages" ADD CONSTRAINT "text_messages_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_opt_outs" ADD CONSTRAINT "text_opt_outs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sms_ledger_workspace_id_created_at_index" ON "sms_ledger" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "visitor_devices_workspace_id_visitor_id_index" ON "visitor_devices" USING btree ("workspace_id","visitor_id");--> statement-breakpoint
CREATE INDEX "slack_mirror_retries_next_attempt_at_index" ON "slack_mirror_retries" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "text_messages_phone_created_at_index" ON "text_messages" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "text_messages_delivery_id_index" ON "text_messages" USING btree ("delivery_id");--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_qualified_by_id_users_id_fk" FOREIGN KEY ("qualified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_workspace_id_created_at_index" ON "notifications" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_workspace_id_created_at_index" ON "decisions" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "page_views_workspace_id_created_at_index" ON "page_views" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "visitors_phone_index" ON "visitors" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "visitors_unverified_phone_index" ON "visitors" USING btree ("unverified_phone");--> statement-breakpoint
CREATE INDEX "visitors_workspace_id_last_seen_at_index" ON "visitors" USING btree ("workspace_id","last_seen_at");