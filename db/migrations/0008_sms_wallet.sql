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
ALTER TABLE "sms_ledger" ADD CONSTRAINT "sms_ledger_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_ledger" ADD CONSTRAINT "sms_ledger_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_prices" ADD CONSTRAINT "sms_prices_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_wallets" ADD CONSTRAINT "sms_wallets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sms_ledger_workspace_id_created_at_index" ON "sms_ledger" USING btree ("workspace_id","created_at");