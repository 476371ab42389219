CREATE TABLE `agencies` (
	`code` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_sw` text NOT NULL,
	`short_name_en` text NOT NULL,
	`short_name_sw` text NOT NULL,
	`onboarding_state` text DEFAULT 'onboarding' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `agencies_state_short_name_en` ON `agencies` (`onboarding_state`,`short_name_en`);--> statement-breakpoint
CREATE TABLE `application_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`actor` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_events_application` ON `application_events` (`application_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`service_id` integer NOT NULL,
	`applicant_phone` text NOT NULL,
	`status` text NOT NULL,
	`status_detail` text,
	`fee_due_kes` integer DEFAULT 0 NOT NULL,
	`channel` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_reference` ON `applications` (`reference`);--> statement-breakpoint
CREATE INDEX `applications_applicant_created` ON `applications` (`applicant_phone`,`created_at`);--> statement-breakpoint
CREATE TABLE `citizens` (
	`phone` text PRIMARY KEY NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`sms_opt_out` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_code` text NOT NULL,
	`code` text NOT NULL,
	`name_en` text NOT NULL,
	`name_sw` text NOT NULL,
	`description_en` text NOT NULL,
	`description_sw` text NOT NULL,
	`category` text NOT NULL,
	`fee_kes` integer NOT NULL,
	`requirements_en` text NOT NULL,
	`requirements_sw` text NOT NULL,
	`processing_time_en` text NOT NULL,
	`processing_time_sw` text NOT NULL,
	`ussd_apply` integer DEFAULT false NOT NULL,
	`apply_fields` text,
	`status` text DEFAULT 'live' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_code`) REFERENCES `agencies`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_agency_code` ON `services` (`agency_code`,`code`);--> statement-breakpoint
CREATE INDEX `services_agency_status_name` ON `services` (`agency_code`,`status`,`name_en`);--> statement-breakpoint
CREATE INDEX `services_category_status` ON `services` (`category`,`status`);--> statement-breakpoint
CREATE TABLE `ussd_sessions` (
	`session_id` text PRIMARY KEY NOT NULL,
	`phone` text NOT NULL,
	`service_code` text NOT NULL,
	`network_code` text,
	`state` text NOT NULL,
	`last_text` text NOT NULL,
	`last_reply` text NOT NULL,
	`hops` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ussd_sessions_phone_updated` ON `ussd_sessions` (`phone`,`updated_at`);