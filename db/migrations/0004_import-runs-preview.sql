ALTER TABLE `import_runs` ADD `status` text DEFAULT 'preview' NOT NULL;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `region_codes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `file_info` text;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `pending_rows` text;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `unchanged` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `completed_at` integer;--> statement-breakpoint
CREATE INDEX `import_runs_hub_idx` ON `import_runs` (`hub_id`,`id`);