#!/bin/sh
# Install Coact Desktop for this user only (no root): the program under ~/.local/lib, a command
# in ~/.local/bin, a menu entry and icons. uninstall.sh removes exactly what this wrote.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="$HOME/.local"
target="$prefix/lib/coact-desktop"
manifest="$target/installed-files.txt"
resources="$here/_internal/coact_desktop/resources"

# -f, not -x: from a FAT stick nothing looks executable, and copying home is the cure.
if [ ! -f "$here/coact-desktop" ]; then
  echo "This folder has no coact-desktop program in it; unpack the whole archive first." >&2
  exit 1
fi
if [ "$here" = "$target" ]; then
  echo "Coact Desktop is already installed here ($target)." >&2
  exit 1
fi
# An earlier install is replaced whole; the profile (drafts, keys, library) is never touched.
[ -x "$target/uninstall.sh" ] && "$target/uninstall.sh" --quiet
mkdir -p "$prefix/lib" "$prefix/bin" "$data/applications" "$data/metainfo"
rm -rf "$target.partial"
cp -R "$here" "$target.partial"
# Copied from a FAT stick, the program lost its execute bit: give it back.
chmod 0755 "$target.partial/coact-desktop" "$target.partial"/*.sh
rm -rf "$target"
mv "$target.partial" "$target"

: >"$manifest"
put() {  # put SOURCE DESTINATION: copy one file and remember it
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  echo "$2" >>"$manifest"
}
ln -sf "$target/coact-desktop" "$prefix/bin/coact-desktop"
echo "$prefix/bin/coact-desktop" >>"$manifest"
sed "s|^Exec=coact-desktop|Exec=$target/coact-desktop|" "$resources/coact-desktop.desktop" \
  >"$data/applications/coact-desktop.desktop"
echo "$data/applications/coact-desktop.desktop" >>"$manifest"
put "$resources/coact-desktop.metainfo.xml" "$data/metainfo/coact-desktop.metainfo.xml"
put "$resources/icons/coact-desktop.svg" "$data/icons/hicolor/scalable/apps/coact-desktop.svg"
for size in 16 24 32 48 64 128 256; do
  put "$resources/icons/coact-desktop-$size.png" \
    "$data/icons/hicolor/${size}x${size}/apps/coact-desktop.png"
done
# No update-desktop-database: the entry names no file types, and its cache would outlive us.
echo "Coact Desktop is installed in $target: find it in the menu, or run coact-desktop."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH; the menu entry works without it.)" ;;
esac
