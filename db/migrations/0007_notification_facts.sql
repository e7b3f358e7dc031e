ALTER TABLE "workspace_notification_settings" ADD COLUMN "show_message_text" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_events" ADD COLUMN "facts" jsonb;