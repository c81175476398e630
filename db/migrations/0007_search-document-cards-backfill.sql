-- Cards of documents indexed before 0006, from the listings as they are now (as
-- `buildSearchDocuments` writes them): the embedded engine serves them without a reindex.
UPDATE `search_documents` SET `card` = (
  SELECT json_object(
    'name', e.`public_name`,
    'legalStatus', e.`legal_status`,
    'coopCategory', e.`coop_category`,
    'municipalityName', m.`name`,
    'regionCode', m.`region_code`,
    'serviceAreaScope', e.`service_area_scope`,
    'isDemo', json(CASE WHEN e.`is_demo` THEN 'true' ELSE 'false' END),
    'categories', (
      SELECT json_group_array(`category_code`) FROM (
        SELECT ec.`category_code` FROM `enterprise_categories` ec
        WHERE ec.`enterprise_id` = e.`id` ORDER BY ec.`position` LIMIT 3
      )
    )
  )
  FROM `enterprises` e JOIN `municipalities` m ON m.`code` = e.`municipality_code`
  WHERE e.`id` = `search_documents`.`id`
);
--> statement-breakpoint
-- Engines already running reload their documents.
UPDATE `search_index_state` SET `version` = `version` + 1;
--> statement-breakpoint
-- A Meilisearch index in use gets its documents again, now with cards.
INSERT INTO `search_outbox` (`enterprise_id`, `op`, `engine`)
SELECT `id`, 'upsert', 'meilisearch' FROM `enterprises`
WHERE `status` = 'published' AND EXISTS (SELECT 1 FROM `search_outbox` WHERE `engine` = 'meilisearch');
