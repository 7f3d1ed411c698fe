"""The frozen program's entry point: the same ``coact-desktop`` command the wheel installs."""

import os

# In a Wayland session Qt picks its Wayland plugin; if that cannot start (an old compositor, a
# missing library), the window comes up through XWayland instead of not at all.
if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "wayland;xcb"

from coact_desktop.cli import main  # after the platform is chosen

raise SystemExit(main())
