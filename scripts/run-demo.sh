#!/usr/bin/env bash
# Install what is needed, then start Outreach Desk on a demo vault with fictional families.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DEMO_DIR="${OUTREACH_DESK_DEMO_DIR:-$HOME/.local/share/OutreachDesk-demo}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "No screen found (DISPLAY is not set). Starting on a virtual screen with xvfb-run;" >&2
  echo "on a desktop, run this from a terminal inside your graphical session." >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/outreach-desk gui --demo --data-dir "$DEMO_DIR"
fi
exec .venv/bin/outreach-desk gui --demo --data-dir "$DEMO_DIR"
