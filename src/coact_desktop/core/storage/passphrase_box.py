"""A small secret sealed with a passphrase: scrypt (the caller's parameters), ChaCha20-Poly1305.

Used for the profile's data key (storage/data_key.py), and for what a key backup carries
besides the signing keys (which minisign's own format protects): the profile's age identity for
Coact's answers. Only this program reads it back.
"""

from __future__ import annotations

import base64
import os
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from coact_desktop.core.errors import PassphraseError

FORMAT = "coact-sealed/1"
MAX_SEALED = 64 * 1024  # a few identities, never a file


def seal(
    secret: bytes, passphrase: str, scrypt: tuple[int, int, int], purpose: str
) -> dict[str, Any]:
    """The secret, encrypted under a key scrypt (log2 N, r, p) derives from the passphrase;
    ``purpose`` is bound to it (a sealed thing cannot be passed off as another)."""
    if len(secret) > MAX_SEALED:
        raise ValueError("too large a secret to seal")
    salt, nonce = os.urandom(32), os.urandom(12)
    n_log2, r, p = scrypt
    key = Scrypt(salt=salt, length=32, n=1 << n_log2, r=r, p=p).derive(_typed(passphrase))
    sealed = ChaCha20Poly1305(key).encrypt(nonce, secret, purpose.encode())
    return {
        "format": FORMAT,
        "scrypt": {"n_log2": n_log2, "r": r, "p": p},
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }


def unseal(box: object, passphrase: str, purpose: str) -> bytes:
    """The secret; ValueError if the box is malformed, PassphraseError if it does not open."""
    if not isinstance(box, dict) or box.get("format") != FORMAT:
        raise ValueError("not a sealed box")
    params = box["scrypt"]
    if not isinstance(params, dict) or set(params) != {"n_log2", "r", "p"}:
        raise ValueError("no scrypt parameters")
    n_log2, r, p = (params[k] for k in ("n_log2", "r", "p"))
    # Bounded as minisign's own work factors are: a crafted box cannot ask for terabytes.
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n_log2, r, p)):
        raise ValueError("scrypt parameters are not numbers")
    if not (1 <= n_log2 <= 22 and r == 8 and 1 <= p <= 64):
        raise ValueError("scrypt parameters out of range")
    salt, nonce, sealed = (_unb64(box[k]) for k in ("salt", "nonce", "sealed"))
    if len(salt) != 32 or len(nonce) != 12 or not 16 <= len(sealed) <= MAX_SEALED + 16:
        raise ValueError("a field has the wrong length")
    # As typed, normalised; then as the bytes came, for a box sealed before normalising began.
    for typed in dict.fromkeys([_typed(passphrase), passphrase.encode()]):
        key = Scrypt(salt=salt, length=32, n=1 << n_log2, r=r, p=p).derive(typed)
        try:
            return ChaCha20Poly1305(key).decrypt(nonce, sealed, purpose.encode())
        except InvalidTag:
            continue
    raise PassphraseError("The passphrase does not open this.", reason="wrong")


def _typed(passphrase: str) -> bytes:
    """The passphrase's bytes, the same however a keyboard composed its letters (NFC).

    "ệ" typed as one character or as e and two marks (input methods, another system) must open
    the same box: a passphrase that opens only on the laptop where it was set locks a person out.
    """
    return unicodedata.normalize("NFC", passphrase).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value, validate=True)
