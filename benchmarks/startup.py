"""Cold start: from process start until the unlock window is shown and the event loop has
run once, against a bare PySide6 window measured the same way in the same run.

Each measurement is a fresh process: from just before the parent spawns it until the
child, having imported everything, shown its first window and run one pass of the event
loop, reads the system-wide monotonic clock (exit and teardown are not counted). Runs
alternate between the app and the baseline so both meet the same machine load; the median
is reported. Without a DISPLAY, Qt's offscreen platform is used for both.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.vault import Vault

Row = dict[str, Any]

BARE_QT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv)
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Passphrase"))
    layout.addWidget(QLineEdit())
    window.show()
    app.processEvents()
    window.close()
    ready()
    """
)
# The child reports the monotonic clock (shared by all processes on Linux) once its first
# window was shown and the event loop ran, then leaves without teardown.
READY = textwrap.dedent(
    """
    import os, resource, sys, time

    def ready(code=0):
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print("READY", time.monotonic(), usage.ru_utime + usage.ru_stime, flush=True)
        os._exit(code)
    """
)
APP = "from outreach_desk.ui.app import main\nready(main(sys.argv[1:]))\n"
CLI = "from outreach_desk.cli import main\nready(main(sys.argv[1:]))\n"


def run(quick: bool = False) -> list[Row]:
    repeats = 2 if quick else 9
    with tempfile.TemporaryDirectory(prefix="outreach-start-") as tmp:
        env = _environment(Path(tmp))
        data_dir = Path(tmp) / "data"
        Vault.create(data_dir, "startup benchmark passphrase", kdf=KdfParams())[0].close()
        commands = {
            "bare": [sys.executable, "-c", READY + BARE_QT],
            "app": [sys.executable, "-c", READY + APP, "--smoke-test", "--data-dir", str(data_dir)],
            "cli": [sys.executable, "-c", READY + CLI, "gui", "--smoke-test",
                    "--data-dir", str(data_dir)],
        }  # fmt: skip
        times = _alternate(commands, env, repeats)
    bare = statistics.median(wall for wall, _cpu in times["bare"])
    bare_cpu = statistics.median(cpu for _wall, cpu in times["bare"])
    platform = env.get("QT_QPA_PLATFORM", "display")
    note = f"median of {repeats}, Qt platform {platform}"
    return [
        {"name": "start: bare PySide6 window", "value": bare, "unit": "s", "target": None,
         "note": note},
        {"name": "start: to unlock window (outreach-desk-gui)",
         "value": statistics.median(w for w, _ in times["app"]), "unit": "s",
         "target": "<= 1.3x", "baseline": bare, "note": note},
        {"name": "start: to unlock window, CPU time (less load-sensitive)",
         "value": statistics.median(c for _, c in times["app"]), "unit": "s",
         "target": None, "baseline": bare_cpu, "note": note},
        {"name": "start: to unlock window via CLI (outreach-desk gui)",
         "value": statistics.median(w for w, _ in times["cli"]), "unit": "s", "target": None,
         "baseline": bare, "note": note},
    ]  # fmt: skip


def _environment(home: Path) -> dict[str, str]:
    """A private home, so the measurement neither reads nor writes a person's settings."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("OUTREACH_DESK_PASSPHRASE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _alternate(
    commands: dict[str, list[str]], env: dict[str, str], repeats: int
) -> dict[str, list[tuple[float, float]]]:
    for command in commands.values():  # warm the file cache once; cold disks are not the app
        _time_process(command, env)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            times[name].append(_time_process(command, env))
    return times


def _time_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds until the first window, CPU seconds the child used until then)"""
    started = time.monotonic()
    completed = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    ready = [line for line in completed.stdout.decode().splitlines() if line.startswith("READY")]
    if completed.returncode != 0 or not ready:
        raise RuntimeError(
            f"the start-up probe exited with {completed.returncode}: "
            + completed.stderr.decode(errors="replace")[-500:]
        )
    _marker, shown_at, cpu = ready[-1].split()
    return float(shown_at) - started, float(cpu)
