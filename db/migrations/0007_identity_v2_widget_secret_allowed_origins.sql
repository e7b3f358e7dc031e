ALTER TABLE "visitors" ADD COLUMN "unverified_name" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "unverified_email" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "unverified_phone" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "identity_verification" text DEFAULT 'v2' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "widget_secret" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "allowed_origins" text[] DEFAULT '{}'::text[] NOT NULL;