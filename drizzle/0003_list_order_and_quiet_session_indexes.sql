DROP INDEX `services_agency_status_name`;--> statement-breakpoint
DROP INDEX `services_category_status`;--> statement-breakpoint
CREATE INDEX `services_agency_status_name_en` ON `services` (`agency_code`,`status`,name_en collate nocase);--> statement-breakpoint
CREATE INDEX `services_agency_status_name_sw` ON `services` (`agency_code`,`status`,name_sw collate nocase);--> statement-breakpoint
CREATE INDEX `services_category_status_name_en` ON `services` (`category`,`status`,name_en collate nocase);--> statement-breakpoint
CREATE INDEX `services_category_status_name_sw` ON `services` (`category`,`status`,name_sw collate nocase);--> statement-breakpoint
CREATE INDEX `services_apply_status_name_en` ON `services` (`ussd_apply`,`status`,name_en collate nocase);--> statement-breakpoint
CREATE INDEX `services_apply_status_name_sw` ON `services` (`ussd_apply`,`status`,name_sw collate nocase);--> statement-breakpoint
DROP INDEX `ussd_sessions_phone_updated`;--> statement-breakpoint
DROP INDEX `ussd_sessions_counted_updated`;--> statement-breakpoint
DROP INDEX `ussd_sessions_updated`;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `scrubbed_at` integer;--> statement-breakpoint
CREATE INDEX `ussd_sessions_phone_created` ON `ussd_sessions` (`phone`,`created_at`);--> statement-breakpoint
CREATE INDEX `ussd_sessions_created` ON `ussd_sessions` (`created_at`);--> statement-breakpoint
CREATE INDEX `ussd_sessions_uncounted` ON `ussd_sessions` (`created_at`) WHERE counted_at is null;--> statement-breakpoint
CREATE INDEX `ussd_sessions_unscrubbed` ON `ussd_sessions` (`created_at`) WHERE scrubbed_at is null;