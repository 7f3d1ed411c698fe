"""The roots of trust a profile has learned since the shipped one: one file each, written whole.

A newer root is kept as soon as its signatures check out, even when the pack that carried it is
refused: a revocation must hold from the moment it is seen. Only the signatures that counted are
kept, written again by us, so nothing a courier added to a pack reaches the profile.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from coact_desktop.core.errors import BundleError, KnownError, PackError
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical, loads_strict
from coact_desktop.core.storage.whole_file import write_whole

FORMAT = "coact-kept-root/1"
FOLDER = "trust"  # inside the profile's data folder
_NAME = re.compile(r"root-([1-9][0-9]{0,5})\.kept")
log = logging.getLogger(__name__)


def keep(data_dir: Path, chain: Iterable[trust_root.TrustedRoot]) -> None:
    """Write each root of the chain that the profile does not hold yet."""
    folder = data_dir / FOLDER
    for trusted in chain:
        target = folder / f"root-{trusted.root.version}.kept"
        text = dumps_canonical(
            {
                "format": FORMAT,
                "root": trusted.root.to_bytes().decode("utf-8"),
                "signatures": list(trusted.signatures),
            }
        )
        try:
            if target.exists() and target.read_bytes() == text:
                continue
            write_whole(target, text)
        except OSError as exc:
            raise PackError(
                "profile_unwritable",
                f"Cannot keep the newer root of trust in {folder}: {exc.strerror or exc}.",
            ) from exc


def newest(data_dir: Path, shipped: trust_root.Root) -> trust_root.Root:
    """The shipped root, followed through the kept ones for as long as each checks out."""
    chain = kept_chain(data_dir, shipped)
    return trust_root.parse_root(chain[-1].data) if chain else shipped


def kept_chain(data_dir: Path, shipped: trust_root.Root) -> list[trust_root.SignedRoot]:
    """The kept roots that follow from the shipped one, in order (for a pack to carry)."""
    folder = data_dir / FOLDER
    current = shipped
    chain: list[trust_root.SignedRoot] = []
    while True:
        path = folder / f"root-{current.version + 1}.kept"
        if not path.is_file():
            return chain
        try:
            signed = _read(path)
            current = trust_root.check_update(current, signed).root
        except (KnownError, OSError) as exc:
            # A damaged file is as if it were missing: the chain stops at the last good root.
            log.warning("Kept root %s is not usable: %s", path.name, exc)
            return chain
        chain.append(signed)


def _read(path: Path) -> trust_root.SignedRoot:
    match = _NAME.fullmatch(path.name)
    with path.open("rb") as handle:
        data = handle.read(trust_root.MAX_ROOT_BYTES * 2 + 1)
    try:
        raw = loads_strict(data, max_bytes=trust_root.MAX_ROOT_BYTES * 2)
    except BundleError as exc:
        raise PackError("trust_damaged", f"{path.name}: {exc.message}") from exc
    if (
        match is None
        or not isinstance(raw, dict)
        or raw.get("format") != FORMAT
        or not isinstance(raw.get("root"), str)
        or not isinstance(raw.get("signatures"), list)
        or not all(isinstance(s, str) for s in raw["signatures"])
    ):
        raise PackError("trust_damaged", f"{path.name} is not a kept root of trust.")
    signed = trust_root.SignedRoot(
        raw["root"].encode("utf-8"), tuple(s.encode("utf-8") for s in raw["signatures"])
    )
    if trust_root.parse_root(signed.data).version != int(match.group(1)):
        raise PackError("trust_damaged", f"{path.name} holds another version of the root.")
    return signed
