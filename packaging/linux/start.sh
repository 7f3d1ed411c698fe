#!/bin/sh
# Start Coact Desktop, or say plainly why it cannot start from here. Run it as "sh start.sh":
# that works even where the folder may not run programs (a FAT or exFAT USB stick on Linux).
here="$(cd "$(dirname "$0")" && pwd)"
program="$here/coact-desktop"
if [ -x "$program" ]; then
  "$program" "$@"
  status=$?
  # 126: the system would not run it (a noexec mount shows the execute bit but refuses).
  [ "$status" -ne 126 ] && exit "$status"
fi
mounted="$(df -P "$here" 2>/dev/null | awk 'NR == 2 { print $6 }')"
cat >&2 <<MESSAGE
Coact Desktop cannot start from this folder: the disk it is on ($mounted) does not allow
programs to run. Linux mounts FAT and exFAT USB sticks that way.

Copy the whole folder to your home folder first, then start it from there. This does it for
you, with a menu entry (no administrator rights needed):

    sh "$here/install.sh"
MESSAGE
exit 1
