-- SPDX-License-Identifier: GPL-3.0-or-later
-- The history database as schema version 2 made it, for the migration test.

CREATE TABLE repositories (id INTEGER PRIMARY KEY, forge TEXT NOT NULL, api TEXT NOT NULL, project TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 1, added_at TEXT NOT NULL, UNIQUE (forge, api, project));
CREATE TABLE runs (repository_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE, run_id INTEGER NOT NULL, workflow TEXT NOT NULL, ref TEXT NOT NULL, sha TEXT NOT NULL, event TEXT NOT NULL, state TEXT NOT NULL, url TEXT NOT NULL, started_at TEXT, finished_at TEXT, seen_at TEXT NOT NULL, PRIMARY KEY (repository_id, run_id));
CREATE TABLE jobs (repository_id INTEGER NOT NULL, run_id INTEGER NOT NULL, job_id INTEGER NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL, url TEXT NOT NULL, started_at TEXT, finished_at TEXT, PRIMARY KEY (repository_id, job_id), FOREIGN KEY (repository_id, run_id) REFERENCES runs(repository_id, run_id) ON DELETE CASCADE);
CREATE TABLE state_changes (id INTEGER PRIMARY KEY, repository_id INTEGER NOT NULL, run_id INTEGER NOT NULL, from_state TEXT, to_state TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE releases (id INTEGER PRIMARY KEY, repository_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE, tag TEXT NOT NULL, sha TEXT NOT NULL, made_at TEXT NOT NULL, UNIQUE (repository_id, tag));
CREATE TABLE notifications (key TEXT PRIMARY KEY, repository_id INTEGER NOT NULL, run_id INTEGER NOT NULL, summary TEXT NOT NULL, sent_at TEXT NOT NULL);
ALTER TABLE notifications ADD COLUMN server_id INTEGER;
CREATE INDEX notifications_run ON notifications (repository_id, run_id);
CREATE INDEX state_changes_run ON state_changes (repository_id, run_id);
CREATE TABLE http_cache (key TEXT PRIMARY KEY, etag BLOB, last_modified BLOB, body BLOB, headers TEXT NOT NULL, stored_at TEXT NOT NULL);
CREATE TABLE notify_settings (repository_id INTEGER PRIMARY KEY REFERENCES repositories(id) ON DELETE CASCADE, enabled INTEGER NOT NULL DEFAULT 1, failures_only INTEGER NOT NULL DEFAULT 0, release_tags_only INTEGER NOT NULL DEFAULT 0, my_runs_only INTEGER NOT NULL DEFAULT 0, my_login TEXT NOT NULL DEFAULT '');
PRAGMA user_version = 2;
