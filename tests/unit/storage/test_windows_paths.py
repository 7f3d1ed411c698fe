"""Every file a profile holds, after a whole exchange, fits Windows' 260-character paths.

The frozen Windows program declares itself long-path aware (PyInstaller's manifest), but that
works only where an administrator has enabled long paths; so the profile must not need them.
Measured from a long profile folder as platformdirs gives it on Windows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from coact_desktop.core.drafts.attachments import attach
from coact_desktop.core.drafts.model import Draft, Person, Profile, Section
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage.backups import backup_if_due

# C:\Users\<a 32-character user name>\AppData\Local\coact-desktop\Cache (platformdirs)
WINDOWS_PROFILE = PureWindowsPath("C:/Users") / ("u" * 32) / "AppData/Local/coact-desktop/Cache"
MAX_PATH = 260  # with the terminating NUL
DRAFT_ID = "5b0c2f4e-1d3a-4e5f-9a8b-7c6d5e4f3a2b"
PASSPHRASE = "throwaway passphrase"


def _longest(profile: Path) -> str:
    """The longest path inside the profile, written as Windows would from WINDOWS_PROFILE."""
    return max(
        (str(WINDOWS_PROFILE.joinpath(*p.relative_to(profile).parts)) for p in profile.rglob("*")),
        key=len,
    )


def test_a_profile_after_writing_sending_receiving_and_searching_fits_windows_paths(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> None:
    group, coact = new_profile(), new_profile()
    photo = tmp_path / ("a photo with a long name " * 6 + ".txt")
    photo.write_text("Minutes of our first meeting.\n", "utf-8")
    attached = attach(photo, group.files, "Minutes " * 20).attachment
    group.drafts.create(
        Draft(
            id=DRAFT_ID,
            profile=Profile(name="Peers of the long riverside road " * 3, country="Exampleland"),
            sections=(Section("How the group began", "We met at the river in 2011."),),
            people=(Person("Maria Lopez", "named"),),
            attachments=(attached,),
        )
    )
    sent = group.exports.export(DRAFT_ID, tmp_path, PASSPHRASE, None, "light").path
    with open_bundle(sent, None) as bundle:
        item, _new = coact.inbox.receive(bundle)
    coact.inbox.confirm_key(item.bundle_id)
    coact.inbox.accept(item.bundle_id)
    for services in (group, coact):
        services.search.ensure_index()
        backup_if_due(services.paths)
        longest = _longest(services.paths.data_dir)
        assert len(longest) < MAX_PATH - 40, longest  # room for a longer user name still
