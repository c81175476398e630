-- Full-text index of published listings. remove_diacritics 2 folds accents ("économie" = "economie");
-- prefix indexes make typing-as-you-go queries cheap.
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `name`, `legal_name`, `offerings`, `categories`, `description`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
--> statement-breakpoint
-- Every indexed term with its document count: the typo-tolerant fallback searches it.
CREATE VIRTUAL TABLE `search_fts_vocab` USING fts5vocab(`search_fts`, 'row');
--> statement-breakpoint
INSERT INTO `search_index_state` (`id`, `version`) VALUES (1, 0);
