"""The vault's SQL schema. Only random ids, keyed tags, clocks and ciphertext are stored
in the clear; see docs/vault.md. Bump SCHEMA_VERSION and add a step to ``migrate`` for
every change; an older app refuses a newer file instead of damaging it."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE case_keys (family_id TEXT PRIMARY KEY, wrapped BLOB NOT NULL);
CREATE TABLE families (
    id TEXT PRIMARY KEY,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    blob BLOB
);
CREATE TABLE note_versions (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL,
    family_id TEXT NOT NULL,
    parent_id TEXT,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    blob BLOB NOT NULL
);
CREATE INDEX note_versions_family ON note_versions (family_id);
CREATE INDEX note_versions_note ON note_versions (note_id);
CREATE TABLE drafts (id TEXT PRIMARY KEY, family_id TEXT, hlc TEXT NOT NULL, blob BLOB NOT NULL);
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    family_id TEXT,
    kind_tag TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    blob BLOB
);
CREATE INDEX records_kind ON records (kind_tag, family_id);
CREATE TABLE changes (record_id TEXT PRIMARY KEY, family_id TEXT, hlc TEXT NOT NULL);
CREATE INDEX changes_hlc ON changes (hlc);
"""


def create_schema(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring an older vault up to date, inside the caller's transaction."""
    if from_version < 1:
        raise ValueError("vault files before format 1 never existed")
