#!/usr/bin/env bash
# Create or update translations/coact_desktop_ru.ts from the Qt GUI sources.
# Existing translations are kept; messages no longer in the sources are dropped.
# Runs from any directory. Uses the pyside6-lupdate of .venv beside the repo, else the one on PATH.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

lupdate="$top/.venv/bin/pyside6-lupdate"
if [ ! -x "$lupdate" ]; then
  lupdate="$(command -v pyside6-lupdate || true)"
fi
if [ -z "$lupdate" ]; then
  echo "pyside6-lupdate not found: run tools/ensure-env dev (or install PySide6-Essentials) first." >&2
  exit 1
fi

# Only the Qt GUI modules; cli/ and core/ have no Qt strings.
shopt -s nullglob
sources=("$top"/src/coact_desktop/gui/*.py)
shopt -u nullglob
if [ "${#sources[@]}" -eq 0 ]; then
  echo "No sources found in $top/src/coact_desktop/gui" >&2
  exit 1
fi

mkdir -p "$top/translations"
# Relative paths keep the <location> entries in the .ts independent of where the repo lives.
cd "$top/translations"
relative=()
for file in "${sources[@]}"; do
  relative+=("../${file#"$top"/}")
done
"$lupdate" -no-obsolete -locations relative -target-language ru_RU "${relative[@]}" -ts coact_desktop_ru.ts
