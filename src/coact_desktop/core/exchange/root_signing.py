"""A root key holder signs a root update: one signature added beside ``root-N.json``.

Root keys are kept apart (on different people's offline machines), so an update is signed by
each holder in turn; this says after each signature how many of the old and the new root's
keys have signed, and whether readers would now accept it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coact_desktop.core.errors import KeyFileError, PackError
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.storage.whole_file import write_whole


@dataclass(frozen=True)
class RootSigning:
    """Where the root update stands after one more signature."""

    signature: Path
    version: int
    old_signed: int  # good signatures by the trusted root's keys
    old_needed: int
    new_signed: int  # good signatures by the update's own root keys
    new_needed: int

    @property
    def ready(self) -> bool:
        """Whether readers who trust the current root would accept the update now."""
        return self.old_signed >= self.old_needed and self.new_signed >= self.new_needed


def sign_root_update(
    path: Path, secret: minisign.SecretKey, trusted: trust_root.Root
) -> RootSigning:
    """Add this root key's signature to the update at ``path`` (a ``root-N.json``)."""
    match = trust_root.ROOT_NAME.fullmatch(path.name)
    if match is None:
        raise KeyFileError(f"{path.name} is not a root of trust file (root-N.json).")
    signed = trust_root.read_root_folder(path.parent, int(match.group(1)))
    new = trust_root.parse_root(signed.data)
    if new.library != trusted.library:
        raise PackError(
            "root_foreign", f"This root of trust is for another library ({new.library})."
        )
    if new.version != trusted.version + 1:
        raise PackError(
            "root_gap",
            f"Root version {new.version} cannot follow version {trusted.version}, the newest "
            "this profile trusts: sign the versions in order.",
        )
    key = secret.public_key()
    if key.key_id not in {k.key_id for k in (*trusted.root_keys, *new.root_keys)}:
        raise KeyFileError(
            f"The key {key.key_id_hex} is not a root key of version {trusted.version} nor of "
            f"version {new.version}: its signature would not count."
        )
    text = trust_root.sign_root(new, secret)
    target = path.parent / f"{path.name}.{key.key_id_hex}.minisig"
    try:
        write_whole(target, text.encode(), 0o644)
    except OSError as exc:
        raise KeyFileError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    signatures = (*signed.signatures, text.encode())
    return RootSigning(
        signature=target,
        version=new.version,
        old_signed=len(trust_root.signers(new, signatures, trusted.root_keys)),
        old_needed=trusted.threshold,
        new_signed=len(trust_root.signers(new, signatures, new.root_keys)),
        new_needed=new.threshold,
    )
