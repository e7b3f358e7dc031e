ALTER TABLE "visitors" ADD COLUMN "channel_occupied" boolean;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "channel_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "idle" boolean DEFAULT false NOT NULL;