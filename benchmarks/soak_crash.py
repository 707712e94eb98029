"""Crash safety soak: a writer process saves notes in a loop and is killed (SIGKILL) at
random moments, again and again on the same vault. Afterwards SQLite's integrity check
must pass and every note the writer acknowledged (printed after its commit returned)
must be present and decrypt to exactly the text that was saved. The writer also keeps its
search index (an encrypted snapshot every few notes), so kills land mid-snapshot too: the
next unlock's index must hold exactly what a fresh build holds.

    python -m benchmarks.soak_crash [--kills 200] [--seed N] [--data-dir DIR]

tests/core/test_crash_safety.py runs the same loop with 30 kills.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import LANGUAGES, note_text
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import OutreachError
from outreach_desk.core.paths import vault_file
from outreach_desk.core.search import SearchIndex
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

REPO_ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "crash soak passphrase - fictional"  # noqa: S105 - test data
PASSPHRASE_ENV = "OUTREACH_DESK_PASSPHRASE"  # noqa: S105 - a variable name
EARLY_KILL_SHARE = 0.2  # some kills land while the writer starts up and recovers the WAL


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


# ---- the writer (runs in its own process) --------------------------------------------
def writer_main(data_dir: Path, seed: int) -> None:
    """Save notes forever; after each commit print '<note id> <text digest>'."""
    vault = Vault.open(data_dir, os.environ[PASSPHRASE_ENV])
    session = Session(vault)
    family_ids = [family.id for family in session.families.families()]
    index = session.search_index  # opened from the kept snapshot when there is one
    rng = random.Random(seed)
    last_note: str | None = None
    for number in range(10**9):
        if number % 4 == 3:
            index.save()
        text = f"[{seed}/{number}] " + note_text(rng, rng.choice(LANGUAGES), 100, 900)
        family_id = rng.choice(family_ids)
        if last_note and number % 5 == 4:
            note = session.notes.edit(last_note, text)  # a new version of the same note
        else:
            note = session.notes.add(family_id, text)
        sys.stdout.write(f"{note.id} {digest(text)}\n")
        sys.stdout.flush()
        last_note = note.id
        if number % 3 == 0:  # drafts are written between notes, as the editor does
            session.drafts.save(f"draft-{seed % 4}", family_id, text[: rng.randint(1, 300)])


# ---- the killer ---------------------------------------------------------------------
@dataclass
class CrashReport:
    kills: int = 0
    acknowledged: dict[str, set[str]] = field(default_factory=dict)  # note id -> digests
    early_kills: int = 0
    # After each kill: what the next unlock's search index looked like when it differed.
    index_failures: list[str] = field(default_factory=list)

    @property
    def acknowledged_versions(self) -> int:
        return sum(len(d) for d in self.acknowledged.values())


def prepare_vault(data_dir: Path, families: int = 3) -> None:
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    try:
        session = Session(vault)
        for number in range(families):
            session.families.add(f"Soak family {number + 1}", municipality="Vorst")
    finally:
        vault.close()


def crash_loop(
    data_dir: Path,
    kills: int,
    seed: int,
    *,
    max_delay: float = 0.4,
    progress: Callable[[int, CrashReport], None] | None = None,
) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    for round_number in range(kills):
        early = rng.random() < EARLY_KILL_SHARE
        lines = _run_and_kill(data_dir, seed * 10_000 + round_number, rng, max_delay, early)
        for note_id, text_digest in lines:
            report.acknowledged.setdefault(note_id, set()).add(text_digest)
        report.kills += 1
        report.early_kills += early
        with Vault.open(data_dir, PASSPHRASE) as vault:
            index = _compare_indexes(vault)
        if index != "same as a fresh build":
            report.index_failures.append(f"after kill {report.kills}: {index}")
        if progress:
            progress(round_number + 1, report)
    return report


def _run_and_kill(
    data_dir: Path, writer_seed: int, rng: random.Random, max_delay: float, early: bool
) -> list[tuple[str, str]]:
    env = {**os.environ, PASSPHRASE_ENV: PASSPHRASE, "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-m", "benchmarks.soak_crash", "--writer", str(data_dir)]
    process = subprocess.Popen(
        [*command, "--seed", str(writer_seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO_ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    first = b""
    if early:
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere in start-up, unlock or first writes
    else:
        first = process.stdout.readline()  # the writer is saving notes now
        if not first:
            _fail_writer(process)
        time.sleep(rng.uniform(0.0, max_delay))
    process.send_signal(signal.SIGKILL)
    rest = process.stdout.read()
    stderr = process.stderr.read()
    process.wait()
    if process.returncode != -signal.SIGKILL:
        raise RuntimeError(f"the writer stopped by itself ({process.returncode}):\n{stderr!r}")
    return _acknowledged_lines(first + rest)


def _fail_writer(process: subprocess.Popen[bytes]) -> None:
    process.wait(timeout=30)
    assert process.stderr is not None
    raise RuntimeError(
        f"the writer died before saving anything (exit {process.returncode}):\n"
        + process.stderr.read().decode(errors="replace")
    )


def _acknowledged_lines(output: bytes) -> list[tuple[str, str]]:
    """Only complete lines count: a line cut by the kill was never acknowledged."""
    complete = output.decode(errors="replace").split("\n")[:-1]
    pairs = []
    for line in complete:
        parts = line.split()
        if len(parts) == 2:
            pairs.append((parts[0], parts[1]))
    return pairs


# ---- the check ----------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    integrity: str
    missing: list[str]
    wrong_text: list[str]
    checked: int
    index: str = "same as a fresh build"  # the search index opened at the next unlock

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and not self.missing
            and not self.wrong_text
            and self.index == "same as a fresh build"
        )


def verify(data_dir: Path, acknowledged: dict[str, set[str]]) -> Verdict:
    conn = sqlite3.connect(vault_file(data_dir))
    try:
        integrity = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()
    missing, wrong = [], []
    with Vault.open(data_dir, PASSPHRASE) as vault:
        notes = Session(vault).notes
        for note_id, digests in acknowledged.items():
            try:
                saved = {digest(version.text) for version in notes.get(note_id).versions}
            except OutreachError:
                missing.append(note_id)
                continue
            if not digests <= saved:
                wrong.append(note_id)
        index = _compare_indexes(vault)
    return Verdict(integrity, missing, wrong, len(acknowledged), index)


def _compare_indexes(vault: Vault) -> str:
    """The index the next unlock opens (kept snapshot + catch-up) against a fresh build."""
    opened, built = SearchIndex(vault), SearchIndex(vault)
    try:
        load = opened.load()
        built.build()
        if opened.documents() != built.documents():
            return f"differs from a fresh build (opened from: {load.source}; {load.reason})"
        return "same as a fresh build"
    finally:
        opened.close()
        built.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SIGKILL soak test of the vault")
    parser.add_argument("--writer", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--data-dir", type=Path, help="default: a fresh temporary folder")
    args = parser.parse_args(argv)
    if args.writer:
        writer_main(args.writer, args.seed or 0)
        return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    with tempfile.TemporaryDirectory(prefix="outreach-soak-") as tmp:
        data_dir = args.data_dir or Path(tmp) / "vault"
        if not Vault.exists(data_dir):
            prepare_vault(data_dir)
        started = time.perf_counter()
        report = crash_loop(data_dir, args.kills, seed, progress=_print_progress)
        verdict = verify(data_dir, report.acknowledged)
    print(
        f"seed {seed}: {report.kills} kills ({report.early_kills} during start-up), "
        f"{report.acknowledged_versions} acknowledged versions of {verdict.checked} notes, "
        f"integrity_check={verdict.integrity!r}, missing={len(verdict.missing)}, "
        f"wrong text={len(verdict.wrong_text)}, search index checks failed after "
        f"{len(report.index_failures)} kills, {time.perf_counter() - started:.0f} s"
    )
    return 0 if verdict.ok and not report.index_failures else 1


def _print_progress(done: int, report: CrashReport) -> None:
    if done % 20 == 0:
        print(f"  {done} kills, {report.acknowledged_versions} acknowledged", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
