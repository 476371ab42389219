DROP INDEX `agencies_state_short_name_en`;--> statement-breakpoint
CREATE INDEX `agencies_live_list_en` ON `agencies` (`onboarding_state`,short_name_en collate nocase,`code`);--> statement-breakpoint
CREATE INDEX `agencies_live_list_sw` ON `agencies` (`onboarding_state`,short_name_sw collate nocase,`code`);