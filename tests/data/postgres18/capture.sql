-- Real PostgreSQL 18 output of the fields ShardScope reads, in EXPLAIN's four formats.
\pset pager off
CREATE TABLE people (id int PRIMARY KEY, team int NOT NULL, name text NOT NULL);
INSERT INTO people SELECT g, g % 10, 'person ' || g FROM generate_series(1, 10000) g;
CREATE INDEX people_team ON people (team);
CREATE TABLE notes (id int, body text);
INSERT INTO notes SELECT g, repeat('x', 50) FROM generate_series(1, 1000) g;
VACUUM ANALYZE people;
VACUUM ANALYZE notes;
