CREATE TABLE "password_reset_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspace_notification_settings" ADD COLUMN "show_message_text" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_events" ADD COLUMN "facts" jsonb;--> statement-breakpoint
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
CREATE INDEX "password_reset_tokens_user_id_index" ON "password_reset_tokens" USING btree ("user_id");