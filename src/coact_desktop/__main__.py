"""Allow ``python -m coact_desktop``."""

from coact_desktop.cli import main

raise SystemExit(main())
