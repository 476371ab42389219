-- The word search over service names (either language) and agency codes: an FTS5 index of
-- trigrams, so "passport" finds "Passport renewal" and "e-Passport" without reading every
-- service. It indexes the services table itself (external content); the triggers keep it in step.
CREATE VIRTUAL TABLE `services_search` USING fts5(name_en, name_sw, agency_code, content='services', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
INSERT INTO `services_search` (`services_search`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `services_search_insert` AFTER INSERT ON `services` BEGIN
  INSERT INTO `services_search` (rowid, name_en, name_sw, agency_code) VALUES (new.id, new.name_en, new.name_sw, new.agency_code);
END;
--> statement-breakpoint
CREATE TRIGGER `services_search_delete` AFTER DELETE ON `services` BEGIN
  INSERT INTO `services_search` (`services_search`, rowid, name_en, name_sw, agency_code) VALUES ('delete', old.id, old.name_en, old.name_sw, old.agency_code);
END;
--> statement-breakpoint
CREATE TRIGGER `services_search_update` AFTER UPDATE OF name_en, name_sw, agency_code ON `services` BEGIN
  INSERT INTO `services_search` (`services_search`, rowid, name_en, name_sw, agency_code) VALUES ('delete', old.id, old.name_en, old.name_sw, old.agency_code);
  INSERT INTO `services_search` (rowid, name_en, name_sw, agency_code) VALUES (new.id, new.name_en, new.name_sw, new.agency_code);
END;
