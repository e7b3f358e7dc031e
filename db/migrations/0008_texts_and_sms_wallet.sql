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
ALTER TABLE "follow_up_settings" ADD COLUMN "whatsapp_content_sid" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "segments" integer;--> statement-breakpoint
ALTER TABLE "sms_ledger" ADD CONSTRAINT "sms_ledger_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_ledger" ADD CONSTRAINT "sms_ledger_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_prices" ADD CONSTRAINT "sms_prices_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_wallets" ADD CONSTRAINT "sms_wallets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_messages" ADD CONSTRAINT "text_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_messages" ADD CONSTRAINT "text_messages_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_messages" ADD CONSTRAINT "text_messages_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_opt_outs" ADD CONSTRAINT "text_opt_outs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sms_ledger_workspace_id_created_at_index" ON "sms_ledger" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "text_messages_phone_created_at_index" ON "text_messages" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "text_messages_delivery_id_index" ON "text_messages" USING btree ("delivery_id");--> statement-breakpoint
CREATE INDEX "visitors_phone_index" ON "visitors" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "visitors_unverified_phone_index" ON "visitors" USING btree ("unverified_phone");