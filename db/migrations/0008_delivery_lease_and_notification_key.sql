ALTER TABLE "notifications" ADD COLUMN "delivery_id" uuid;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "lease_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_deliveryId_unique" UNIQUE("delivery_id");