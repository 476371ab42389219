CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`phone` text NOT NULL,
	`amount_kes` integer NOT NULL,
	`account_reference` text NOT NULL,
	`language` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`merchant_request_id` text,
	`checkout_request_id` text,
	`result_code` integer,
	`result_desc` text,
	`mpesa_receipt` text,
	`paid_at` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_dedupe_key` ON `payments` (`dedupe_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_checkout_request_id` ON `payments` (`checkout_request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_in_flight` ON `payments` (`application_id`) WHERE state in ('queued', 'sending', 'requested');--> statement-breakpoint
CREATE INDEX `payments_state_next_attempt` ON `payments` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `payments_application` ON `payments` (`application_id`,`state`);--> statement-breakpoint
ALTER TABLE `application_events` ADD `kind` text DEFAULT 'status' NOT NULL;