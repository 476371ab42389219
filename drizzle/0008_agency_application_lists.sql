CREATE INDEX `applications_agency_listing` ON `applications` (`agency_code`);--> statement-breakpoint
CREATE INDEX `applications_agency_status_listing` ON `applications` (`agency_code`,`status`);