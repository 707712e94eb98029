#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/outreach-desk/outreach-desk (+ its libraries).
# Usage: packaging/build_linux.sh            (from anywhere inside the checkout)
# Prints the unpacked size at the end; the target is <= 150 MB.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "PyInstaller is missing: installing it into $(dirname "$(dirname "$PYTHON")")"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6,<7"
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/outreach_desk.spec"

BUNDLE="$DIST/outreach-desk"
cp "$ROOT/packaging/outreach-desk.desktop" "$ROOT/packaging/icons/outreach-desk.png" "$BUNDLE/"
SIZE_KB=$(du -sk "$BUNDLE" | cut -f1)
echo "Bundle: $BUNDLE"
echo "Unpacked size: $((SIZE_KB / 1024)) MB ($SIZE_KB KiB; target <= 150 MB)"
