DROP INDEX `services_category_status_name_en`;--> statement-breakpoint
DROP INDEX `services_category_status_name_sw`;--> statement-breakpoint
DROP INDEX `services_apply_status_name_en`;--> statement-breakpoint
DROP INDEX `services_apply_status_name_sw`;--> statement-breakpoint
CREATE INDEX `services_category_list_en` ON `services` (`category`,`status`,name_en collate nocase,`agency_code`);--> statement-breakpoint
CREATE INDEX `services_category_list_sw` ON `services` (`category`,`status`,name_sw collate nocase,`agency_code`);--> statement-breakpoint
CREATE INDEX `services_apply_list_en` ON `services` (`ussd_apply`,`status`,name_en collate nocase,`agency_code`);--> statement-breakpoint
CREATE INDEX `services_apply_list_sw` ON `services` (`ussd_apply`,`status`,name_sw collate nocase,`agency_code`);