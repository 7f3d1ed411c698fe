#!/bin/sh
# Remove what install.sh wrote, and nothing else: drafts, keys and the library stay in the
# profile (~/.local/share/coact-desktop) until you delete them yourself.
set -eu
target="$HOME/.local/lib/coact-desktop"
manifest="$target/installed-files.txt"
if [ ! -f "$manifest" ]; then
  [ "${1:-}" = --quiet ] || echo "Coact Desktop is not installed for this user." >&2
  exit 0
fi
while IFS= read -r file; do
  case "$file" in
    "$HOME"/.local/*|"${XDG_DATA_HOME:-$HOME/.local/share}"/*)
      rm -f "$file"
      # Folders left empty go too (icons/hicolor/16x16/apps…); a folder holding anything stays.
      rmdir -p "$(dirname "$file")" 2>/dev/null || true ;;
    *) echo "Left alone (not something install.sh writes): $file" >&2 ;;
  esac
done <"$manifest"
rm -rf "$target"
rmdir -p "$(dirname "$target")" 2>/dev/null || true
[ "${1:-}" = --quiet ] || echo "Coact Desktop is uninstalled. Your profile was kept."
