#!/usr/bin/env bash
# Install what is needed, then run every check CI runs: lint, types, architecture
# contracts, translations, and the whole test suite (headless).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
status=0
step() {
  echo "== $1"
  shift
  "$@" || { echo "!! FAILED: $*"; status=1; }
}
step "ruff (lint)" .venv/bin/ruff check src tests benchmarks scripts
step "ruff (format)" .venv/bin/ruff format --check src tests benchmarks scripts
step "mypy (strict on core)" .venv/bin/mypy
step "import-linter (core never imports Qt)" .venv/bin/lint-imports
step "translations (current with the code; nl, fr, en complete)" .venv/bin/python scripts/translations.py check
step "domain model (current with the labelled worries)" .venv/bin/python scripts/train_domain_model.py check
step "urgency model (current with the labelled worries)" .venv/bin/python scripts/train_urgency_model.py check
echo "== pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "!! pytest collected no tests: that is a failure"
  status=1
elif [ $rc -ne 0 ]; then
  status=1
fi
exit $status
