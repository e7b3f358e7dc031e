CREATE TYPE "public"."lead_qualification" AS ENUM('qualified', 'not_a_fit', 'existing_customer', 'spam');--> statement-breakpoint
CREATE TYPE "public"."message_kind" AS ENUM('text', 'booking_link', 'contact_request', 'contact_answer');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "booking_url" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "qualification" "lead_qualification";--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "qualified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "qualified_by_id" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "kind" "message_kind" DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_qualified_by_id_users_id_fk" FOREIGN KEY ("qualified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;