"""The local social map: a plain SQLite file in the data folder (public data, not encrypted).

It starts as the bundled Brussels map; imports and signed updates add or replace
records. Every write is one transaction: a bad file leaves the map as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from outreach_desk.core.errors import NotFound, VaultCorrupt, VaultTooNew
from outreach_desk.core.socialmap.errors import MapFileInvalid, Problem
from outreach_desk.core.socialmap.index import SearchFilters, SearchHit, SearchIndex
from outreach_desk.core.socialmap.mapfile import bundled_map
from outreach_desk.core.socialmap.model import Organization, Service
from outreach_desk.core.socialmap.records import (
    RecordReader,
    organization_to_dict,
    read_organization,
    read_service,
    service_to_dict,
)
from outreach_desk.core.socialmap.text import fold

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organizations (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS services (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    record TEXT NOT NULL,
    origin TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trusted_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    label TEXT NOT NULL,
    added_at TEXT NOT NULL
);
"""


def map_file(data_dir: Path) -> Path:
    return data_dir / "socialmap" / "socialmap.sqlite3"


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


class SocialMap:
    """Open with SocialMap.open(data_dir); search(), get(), services(); close() when done."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._services: dict[str, Service] = {}
        self._index = SearchIndex([])
        self._reload()

    @classmethod
    def open(cls, data_dir: Path) -> SocialMap:
        path = map_file(Path(data_dir))
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            _migrate(db, path)
            social_map = cls(db, path)
            social_map._seed_bundled()
        except sqlite3.DatabaseError as error:
            db.close()
            raise VaultCorrupt(
                f"the social map file {path} cannot be read ({error}); move it away and "
                "the bundled map is recreated on next start"
            ) from error
        return social_map

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SocialMap:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -------------------------------------------------------------------
    def search(
        self, query: str = "", filters: SearchFilters | None = None, limit: int | None = 100
    ) -> list[SearchHit]:
        return self._index.search(query, filters, limit)

    def get(self, service_id: str) -> Service:
        try:
            return self._services[service_id]
        except KeyError:
            raise NotFound(f"no service with id {service_id} on the social map") from None

    def services(self) -> list[Service]:
        """Every service, sorted by name (accents and case ignored)."""
        return sorted(self._services.values(), key=lambda s: fold(s.name.first()))

    def emergency_services(self) -> list[Service]:
        return [s for s in self._services.values() if s.emergency]

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # --- writing -------------------------------------------------------------------
    def upsert(self, services: Iterable[Service], origin: str) -> ImportResult:
        """Add or replace services in one transaction; same data again changes nothing."""
        added = updated = unchanged = 0
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            for service in services:
                record = json.dumps(service_to_dict(service), ensure_ascii=False, sort_keys=True)
                org = service.organization
                self._db.execute(
                    "INSERT INTO organizations(id, record) VALUES (?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET record = excluded.record",
                    (org.id, json.dumps(organization_to_dict(org), ensure_ascii=False)),
                )
                row = self._db.execute(
                    "SELECT record FROM services WHERE id = ?", (service.id,)
                ).fetchone()
                if row is not None and row[0] == record:
                    unchanged += 1
                    continue
                added, updated = (added + 1, updated) if row is None else (added, updated + 1)
                self._db.execute(
                    "INSERT INTO services(id, organization_id, record, origin, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "organization_id = excluded.organization_id, record = excluded.record, "
                    "origin = excluded.origin, updated_at = excluded.updated_at",
                    (service.id, org.id, record, origin, now),
                )
        self._reload()
        return ImportResult(added, updated, unchanged)

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def db(self) -> sqlite3.Connection:
        """For the trusted-key store (signing.py), which shares this file."""
        return self._db

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _seed_bundled(self) -> None:
        """Load the bundled map the first time, and again when the app brings a newer one.

        Records a person imported (origin other than "bundled") are left alone.
        """
        document = bundled_map()
        if self.meta("bundled_version") == document.version:
            return
        imported = {
            row[0] for row in self._db.execute("SELECT id FROM services WHERE origin != 'bundled'")
        }
        self.upsert([s for s in document.services if s.id not in imported], "bundled")
        self.set_meta("bundled_version", document.version)

    def _reload(self) -> None:
        problems: list[Problem] = []
        orgs: dict[str, Organization] = {}
        for org_id, record in self._db.execute("SELECT id, record FROM organizations"):
            orgs[org_id] = read_organization(
                RecordReader(self.path.name, org_id, _loads(record), problems)
            )
        services: dict[str, Service] = {}
        for service_id, record in self._db.execute("SELECT id, record FROM services"):
            reader = RecordReader(self.path.name, service_id, _loads(record), problems)
            service = read_service(reader, orgs)
            if service is not None:
                services[service_id] = service
        if problems:
            raise MapFileInvalid(problems)
        self._services = services
        self._index = SearchIndex(services.values())


def _loads(record: str) -> object:
    try:
        return json.loads(record)
    except json.JSONDecodeError:
        return None  # reported by RecordReader as "expected an object"


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise VaultTooNew(
            f"the social map {path} was written by a newer Outreach Desk "
            f"(schema {version}); update the app to open it"
        )
    with closing(db.cursor()) as cursor:
        cursor.executescript(_SCHEMA)
        cursor.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
