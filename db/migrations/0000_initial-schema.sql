CREATE TABLE `fsa_municipalities` (
	`fsa` text NOT NULL,
	`municipality_code` text NOT NULL,
	PRIMARY KEY(`fsa`, `municipality_code`),
	FOREIGN KEY (`fsa`) REFERENCES `fsas`(`fsa`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `fsa_municipalities_municipality_idx` ON `fsa_municipalities` (`municipality_code`);--> statement-breakpoint
CREATE TABLE `fsas` (
	`fsa` text PRIMARY KEY NOT NULL,
	`rural` integer NOT NULL,
	`region_codes` text NOT NULL,
	`place` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mrcs` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`is_mrc` integer NOT NULL,
	`region_code` text NOT NULL,
	`population` integer NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mrcs_region_idx` ON `mrcs` (`region_code`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`designation_code` text NOT NULL,
	`designation` text NOT NULL,
	`region_code` text NOT NULL,
	`mrc_code` text,
	`population` integer NOT NULL,
	`lat` real,
	`lon` real,
	`coord_source` text NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mrc_code`) REFERENCES `mrcs`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `municipalities_region_idx` ON `municipalities` (`region_code`);--> statement-breakpoint
CREATE INDEX `municipalities_mrc_idx` ON `municipalities` (`mrc_code`);--> statement-breakpoint
CREATE INDEX `municipalities_name_idx` ON `municipalities` (`name`);--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fr` text NOT NULL,
	`name_en` text NOT NULL,
	`population` integer NOT NULL,
	`area_km2` real NOT NULL
);
--> statement-breakpoint
CREATE TABLE `categories` (
	`code` text PRIMARY KEY NOT NULL,
	`group_code` text NOT NULL,
	`name_fr` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer NOT NULL,
	`naics` text NOT NULL,
	`unspsc` text NOT NULL,
	FOREIGN KEY (`group_code`) REFERENCES `category_groups`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `categories_group_idx` ON `categories` (`group_code`);--> statement-breakpoint
CREATE TABLE `category_groups` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fr` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `labels` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fr` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `social_purposes` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fr` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `enterprise_categories` (
	`enterprise_id` integer NOT NULL,
	`category_code` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`enterprise_id`, `category_code`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_categories_category_idx` ON `enterprise_categories` (`category_code`);--> statement-breakpoint
CREATE TABLE `enterprise_labels` (
	`enterprise_id` integer NOT NULL,
	`label_code` text NOT NULL,
	PRIMARY KEY(`enterprise_id`, `label_code`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`label_code`) REFERENCES `labels`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `enterprise_purposes` (
	`enterprise_id` integer NOT NULL,
	`purpose_code` text NOT NULL,
	PRIMARY KEY(`enterprise_id`, `purpose_code`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`purpose_code`) REFERENCES `social_purposes`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `enterprise_service_areas` (
	`enterprise_id` integer NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`enterprise_id`, `kind`, `code`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enterprise_service_areas_code_idx` ON `enterprise_service_areas` (`kind`,`code`);--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`neq` text,
	`legal_name` text NOT NULL,
	`public_name` text NOT NULL,
	`slug` text NOT NULL,
	`legal_status` text NOT NULL,
	`coop_category` text,
	`coop_non_distributing` integer,
	`sales_revenue_percent` integer,
	`mission_fr` text DEFAULT '' NOT NULL,
	`mission_en` text DEFAULT '' NOT NULL,
	`description_fr` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`website` text,
	`street_address` text,
	`postal_code` text,
	`municipality_code` text NOT NULL,
	`service_area_scope` text DEFAULT 'custom' NOT NULL,
	`workforce_band` text,
	`year_founded` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`submitted_at` integer,
	`published_at` integer,
	`archived_at` integer,
	`last_verified_at` integer,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_neq_unique` ON `enterprises` (`neq`);--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_slug_unique` ON `enterprises` (`slug`);--> statement-breakpoint
CREATE INDEX `enterprises_status_idx` ON `enterprises` (`status`);--> statement-breakpoint
CREATE INDEX `enterprises_municipality_idx` ON `enterprises` (`municipality_code`);--> statement-breakpoint
CREATE TABLE `offerings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`category_code` text NOT NULL,
	`name_fr` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`description_fr` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`unit_fr` text,
	`unit_en` text,
	`price_min_cad` integer,
	`price_max_cad` integer,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offerings_enterprise_idx` ON `offerings` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `buyer_organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`region_code` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `enterprise_members` (
	`enterprise_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`enterprise_id`, `user_id`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enterprise_members_user_idx` ON `enterprise_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `hub_curators` (
	`hub_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`hub_id`, `user_id`),
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `hub_regions` (
	`hub_id` integer NOT NULL,
	`region_code` text NOT NULL,
	PRIMARY KEY(`hub_id`, `region_code`),
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hub_regions_region_idx` ON `hub_regions` (`region_code`);--> statement-breakpoint
CREATE TABLE `hubs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`website` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hubs_slug_unique` ON `hubs` (`slug`);--> statement-breakpoint
CREATE TABLE `user_roles` (
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text,
	`locale` text DEFAULT 'fr' NOT NULL,
	`email_verified_at` integer,
	`buyer_organization_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`buyer_organization_id`) REFERENCES `buyer_organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);