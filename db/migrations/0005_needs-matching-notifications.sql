CREATE TABLE `need_categories` (
	`need_id` integer NOT NULL,
	`category_code` text NOT NULL,
	`suggested` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`need_id`, `category_code`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `need_matches` (
	`need_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`score` integer NOT NULL,
	`reasons` text NOT NULL,
	`distance_km` real,
	`computed_at` integer NOT NULL,
	`notified_at` integer,
	`recommended_by_user_id` integer,
	`recommendation_note` text,
	PRIMARY KEY(`need_id`, `enterprise_id`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recommended_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `need_matches_enterprise_idx` ON `need_matches` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `need_regions` (
	`need_id` integer NOT NULL,
	`region_code` text NOT NULL,
	PRIMARY KEY(`need_id`, `region_code`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `need_regions_region_idx` ON `need_regions` (`region_code`);--> statement-breakpoint
CREATE TABLE `need_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`user_id` integer,
	`interest` text NOT NULL,
	`message` text,
	`answers` text DEFAULT '[]' NOT NULL,
	`reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`buyer_notified_at` integer,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `need_responses_unique` ON `need_responses` (`need_id`,`enterprise_id`);--> statement-breakpoint
CREATE TABLE `needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`buyer_organization_id` integer NOT NULL,
	`created_by_user_id` integer,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`kind` text NOT NULL,
	`contract_nature` text NOT NULL,
	`amount_cad` integer,
	`amount_band` text,
	`delivery_municipality_code` text,
	`starts_on` text,
	`ends_on` text,
	`response_deadline` text,
	`questions` text DEFAULT '[]' NOT NULL,
	`contact_visibility` text DEFAULT 'matched' NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`is_public` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`published_at` integer,
	`closed_at` integer,
	`matched_at` integer,
	FOREIGN KEY (`buyer_organization_id`) REFERENCES `buyer_organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`delivery_municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `needs_org_idx` ON `needs` (`buyer_organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `needs_status_idx` ON `needs` (`status`,`published_at`);--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`email_frequency` text DEFAULT 'daily' NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`regions` text DEFAULT '[]' NOT NULL,
	`unsubscribe_token` text NOT NULL,
	`last_digest_at` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notification_preferences_unsubscribe_token_unique` ON `notification_preferences` (`unsubscribe_token`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`link` text,
	`dedupe_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	`emailed_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_key_unique` ON `notifications` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`id`);--> statement-breakpoint
CREATE TABLE `purchase_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer,
	`buyer_organization_id` integer NOT NULL,
	`enterprise_id` integer,
	`supplier_name` text NOT NULL,
	`amount_cad` integer NOT NULL,
	`route` text NOT NULL,
	`awarded_on` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`buyer_organization_id`) REFERENCES `buyer_organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `purchase_records_org_idx` ON `purchase_records` (`buyer_organization_id`,`awarded_on`);--> statement-breakpoint
CREATE TABLE `saved_searches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`frequency` text DEFAULT 'weekly' NOT NULL,
	`last_checked_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `saved_searches_user_idx` ON `saved_searches` (`user_id`);--> statement-breakpoint
CREATE TABLE `shortlist_entries` (
	`need_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`added_by_user_id` integer,
	`note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`need_id`, `enterprise_id`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
