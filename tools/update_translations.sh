#!/usr/bin/env bash
# Create or update translations/coact_desktop_<lang>.ts for each language from the Qt GUI sources.
# Existing translations are kept; messages no longer in the sources are dropped; new ones are
# left "unfinished" for a translator (tools/build_translations.py --check then fails until done).
# English gets only the messages with plural forms ("1 result", "2 results"): the rest is the source.
# Runs from any directory. Uses the pyside6-lupdate of .venv beside the repo, else the one on PATH.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The interface languages (ISO 639-1). Add one here, run this, translate the new .ts.
# With arguments (tools/update_translations.sh uk ka) only those languages are updated.
languages=(en ru uk ka ky kk th id vi fr es pt sw fa)
if [ "$#" -gt 0 ]; then
  languages=("$@")
fi

lupdate="$top/.venv/bin/pyside6-lupdate"
if [ ! -x "$lupdate" ]; then
  lupdate="$(command -v pyside6-lupdate || true)"
fi
if [ -z "$lupdate" ]; then
  echo "pyside6-lupdate not found: run tools/ensure-env dev (or install PySide6-Essentials) first." >&2
  exit 1
fi

# The window (gui/), the command line (cli/) and what both say (words/); core/ has no words.
shopt -s nullglob
sources=("$top"/src/coact_desktop/{gui,cli,words}/*.py)
shopt -u nullglob
if [ "${#sources[@]}" -eq 0 ]; then
  echo "No sources found in $top/src/coact_desktop" >&2
  exit 1
fi

mkdir -p "$top/translations"
# Relative paths keep the <location> entries in the .ts independent of where the repo lives.
cd "$top/translations"
relative=()
for file in "${sources[@]}"; do
  relative+=("../${file#"$top"/}")
done
for lang in "${languages[@]}"; do
  only=()
  [ "$lang" = en ] && only=(-pluralonly)
  "$lupdate" -silent -no-obsolete "${only[@]}" -locations relative -source-language en \
    -target-language "$lang" "${relative[@]}" -ts "coact_desktop_$lang.ts"
done
