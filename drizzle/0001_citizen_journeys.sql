CREATE TABLE `sms_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dedupe_key` text NOT NULL,
	`kind` text NOT NULL,
	`phone` text NOT NULL,
	`language` text NOT NULL,
	`body` text NOT NULL,
	`segments` integer NOT NULL,
	`state` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`gateway_message_id` text,
	`gateway_status_code` integer,
	`cost` text,
	`failure_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sms_outbox_dedupe_key` ON `sms_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `sms_outbox_state_next_attempt` ON `sms_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `sms_outbox_gateway_message_id` ON `sms_outbox` (`gateway_message_id`);--> statement-breakpoint
CREATE TABLE `status_lookup_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phone` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `status_lookup_failures_phone_created` ON `status_lookup_failures` (`phone`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `status_lookup_failures_key` ON `status_lookup_failures` (`idempotency_key`);--> statement-breakpoint
CREATE TABLE `ussd_node_counts` (
	`node` text NOT NULL,
	`day` text NOT NULL,
	`reached` integer DEFAULT 0 NOT NULL,
	`dropped` integer DEFAULT 0 NOT NULL,
	`completed` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node`, `day`)
);
--> statement-breakpoint
ALTER TABLE `applications` ADD `answers` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `applications_idempotency_key` ON `applications` (`idempotency_key`);--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `path` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `resume` text;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `resume_from` text;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `end_status` text;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `duration_ms` integer;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `cost` text;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `hops_count` integer;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `last_input` text;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `error_message` text;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `notified_at` integer;--> statement-breakpoint
ALTER TABLE `ussd_sessions` ADD `counted_at` integer;--> statement-breakpoint
CREATE INDEX `ussd_sessions_counted_updated` ON `ussd_sessions` (`counted_at`,`updated_at`);--> statement-breakpoint
CREATE INDEX `ussd_sessions_updated` ON `ussd_sessions` (`updated_at`);