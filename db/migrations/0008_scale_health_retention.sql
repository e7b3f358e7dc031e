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
ALTER TABLE "decisions" ADD COLUMN "recipient_user_ids" text[];--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_workspace_id_created_at_index" ON "notifications" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_workspace_id_created_at_index" ON "decisions" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "page_views_workspace_id_created_at_index" ON "page_views" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "visitors_workspace_id_last_seen_at_index" ON "visitors" USING btree ("workspace_id","last_seen_at");