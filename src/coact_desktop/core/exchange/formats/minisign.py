"""minisign keys and signatures, byte for byte as minisign 0.11 writes and reads them.

Public keys, encrypted secret keys and prehashed (``ED``) signatures are made with the
``cryptography`` package, so the Debian ``minisign`` tool can check everything this module writes
and this module can check what ``minisign`` writes. Layouts (``src/minisign.h`` of minisign):

- public key: ``"Ed"`` + key id (8) + Ed25519 public key (32)
- secret key: ``"Ed" "Sc" "B2"`` + salt (32) + opslimit (u64 LE) + memlimit (u64 LE) + the
  104 bytes key id (8) + libsodium secret key (seed 32 + public key 32) + BLAKE2b-256 checksum
  (32), XORed with scrypt(passphrase) as libsodium's ``crypto_pwhash_scryptsalsa208sha256`` does
- signature: ``"ED"`` + key id (8) + Ed25519(BLAKE2b-512(message)) (64), then a global
  signature over that signature and the trusted comment's bytes
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from coact_desktop.core.errors import KeyFileError, PassphraseError, SignatureError

SIG_ALG = b"Ed"  # Ed25519; also the legacy signature mode that signs the whole message
SIG_ALG_HASHED = b"ED"  # Ed25519 over BLAKE2b-512 of the message: the only mode we accept
KDF_ALG = b"Sc"  # scrypt
KDF_NONE = b"\x00\x00"  # what `minisign -G -W` writes for an unencrypted key
CHK_ALG = b"B2"  # BLAKE2b-256 checksum of the secret key
COMMENT_PREFIX = "untrusted comment: "
TRUSTED_COMMENT_PREFIX = "trusted comment: "
DEFAULT_SIGNATURE_COMMENT = "signature from Coact Desktop secret key"
SECRET_KEY_COMMENT = "minisign encrypted secret key"

KEY_ID_BYTES = 8
PUBLIC_KEY_BYTES = 32
SEED_BYTES = 32
SALT_BYTES = 32
CHECKSUM_BYTES = 32
SIGNATURE_BYTES = 64
KEYNUM_SK_BYTES = KEY_ID_BYTES + SEED_BYTES + PUBLIC_KEY_BYTES + CHECKSUM_BYTES  # 104
PUBLIC_KEY_STRUCT_BYTES = 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES  # 42
SECRET_KEY_STRUCT_BYTES = 2 + 2 + 2 + SALT_BYTES + 8 + 8 + KEYNUM_SK_BYTES  # 158
SIG_STRUCT_BYTES = 2 + KEY_ID_BYTES + SIGNATURE_BYTES  # 74

# minisign reads comment lines with fgets() into 1024 bytes and refuses a line without its "\n".
MAX_COMMENT_LINE_BYTES = 1023
MAX_SIGNATURE_FILE_BYTES = 4096  # a real one is a few hundred bytes; more is not a signature
# minisign's password buffer is 1024 bytes and fgets() stops at a newline, so a passphrase
# longer than this or holding CR, LF or NUL could never be typed into minisign to open the key.
MAX_PASSPHRASE_BYTES = 1023
# The work factors a key file may ask for, written or read. minisign writes libsodium's
# "sensitive" limits and halves both only down to libsodium's minimums (32768, 16 MiB). The top is
# libsodium's OPSLIMIT_MAX (about 128 times minisign's work, minutes) and 4 GiB of memory; the
# memory floor also bounds scrypt's p, which otherwise grows to gigabytes of buffers when memlimit
# is tiny and opslimit is large. Anything outside was made by neither minisign nor us.
MIN_OPSLIMIT = 32768
MAX_OPSLIMIT = 2**32 - 1
MIN_MEMLIMIT = 16 * 1024**2
MAX_MEMLIMIT = 4 * 1024**3


@dataclass(frozen=True)
class WorkFactor:
    """How hard scrypt works to turn a passphrase into a key (libsodium's opslimit, memlimit)."""

    opslimit: int
    memlimit: int

    def __post_init__(self) -> None:
        """Refuse values the file format's unsigned 64-bit fields cannot hold."""
        for value in (self.opslimit, self.memlimit):
            if not 0 <= value < 2**64:
                raise ValueError(f"work factor value out of range: {value}")


# libsodium's "sensitive" limits, minisign's default: 1 GiB of memory, a few seconds.
STANDARD = WorkFactor(33554432, 1073741824)
# libsodium's "interactive" limits: 16 MiB, for old or weak machines.
LIGHT = WorkFactor(524288, 16777216)


def scrypt_params(work: WorkFactor) -> tuple[int, int, int]:
    """Scrypt's (log2 N, r, p) for a work factor, as libsodium's pickparams() chooses them."""
    opslimit = max(work.opslimit, 32768)
    memlimit = work.memlimit
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = _n_log2(max_n)
    else:
        max_n = memlimit // (r * 128)
        n_log2 = _n_log2(max_n)
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return n_log2, r, p


def _n_log2(max_n: int) -> int:
    """The smallest n (1 to 63) with 2**n above max_n / 2, as libsodium's loop finds it."""
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    return n_log2


@dataclass(frozen=True)
class PublicKey:
    """A minisign Ed25519 public key with its 8-byte key id."""

    key_id: bytes
    key: bytes

    def __post_init__(self) -> None:
        """Refuse wrong sizes at once, so every PublicKey can be written and used."""
        if len(self.key_id) != KEY_ID_BYTES or len(self.key) != PUBLIC_KEY_BYTES:
            raise ValueError("a public key is an 8-byte key id and a 32-byte Ed25519 key")

    @property
    def key_id_hex(self) -> str:
        """The key id's display form: 16 upper-case hex digits; compare ``key_id``, never this."""
        return _key_id_hex(self.key_id)

    def to_base64(self) -> str:
        """The one-line form minisign takes with ``-P``."""
        return base64.b64encode(SIG_ALG + self.key_id + self.key).decode("ascii")

    def to_text(self) -> str:
        """The public key file, as ``minisign -G`` writes it."""
        # minisign prints the id with %PRIX64, without leading zeros (1 key in 16 has one).
        number = int.from_bytes(self.key_id, "little")
        return f"{COMMENT_PREFIX}minisign public key {number:X}\n{self.to_base64()}\n"

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """Read a public key file, or just its base64 line; anything else is a KeyFileError."""
        lines = _key_lines(text)
        if len(lines) == 2:
            _check_comment_line(lines[0], "public key", KeyFileError)
            encoded = lines[1]
        elif len(lines) == 1:
            encoded = lines[0]
        else:
            raise KeyFileError(
                "This is not a minisign public key: expected an 'untrusted comment:' line and a "
                f"key line (or the key line alone), found {len(lines)} lines."
            )
        raw = _b64decode(encoded)
        if raw is None or len(raw) != PUBLIC_KEY_STRUCT_BYTES:
            raise KeyFileError(
                "This is not a minisign public key: its key line is not the base64 of 42 bytes. "
                "Copy the whole line starting with 'RW'."
            )
        if raw[:2] != SIG_ALG:
            raise KeyFileError(
                f"The public key's algorithm is {raw[:2]!r}; only Ed25519 (b'Ed') is supported."
            )
        key = cls(key_id=raw[2 : 2 + KEY_ID_BYTES], key=raw[2 + KEY_ID_BYTES :])
        try:
            key._ed25519()
        except ValueError as exc:
            raise KeyFileError("The public key is not a valid Ed25519 key.") from exc
        return key

    def _ed25519(self) -> Ed25519PublicKey:
        """The key as a ``cryptography`` object."""
        return Ed25519PublicKey.from_public_bytes(self.key)


class SecretKey:
    """A minisign Ed25519 secret key with its 8-byte key id; it never leaves the machine."""

    __slots__ = ("_private", "key_id")

    def __init__(self, key_id: bytes, private_key: Ed25519PrivateKey) -> None:
        """Wrap an Ed25519 private key and the key id its signatures will carry."""
        if len(key_id) != KEY_ID_BYTES:
            raise ValueError("a key id is 8 bytes")
        self.key_id = key_id
        self._private = private_key

    def __repr__(self) -> str:
        """Name the key by its id only, so logs and tracebacks never hold the secret."""
        return f"SecretKey(key_id={_key_id_hex(self.key_id)})"

    @classmethod
    def generate(cls) -> SecretKey:
        """A new key pair with a random key id, as ``minisign -G`` makes one."""
        return cls(secrets.token_bytes(KEY_ID_BYTES), Ed25519PrivateKey.generate())

    def public_key(self) -> PublicKey:
        """The public half, with the same key id."""
        return PublicKey(key_id=self.key_id, key=self._private.public_key().public_bytes_raw())

    def sign(
        self,
        message: bytes,
        trusted_comment: str,
        untrusted_comment: str = DEFAULT_SIGNATURE_COMMENT,
    ) -> str:
        """A prehashed (``ED``) .minisig file for message, as ``minisign -S`` writes it."""
        trusted = _comment_bytes(trusted_comment, "trusted comment")
        untrusted = _comment_bytes(untrusted_comment, "untrusted comment")
        if len(COMMENT_PREFIX) + len(untrusted) + 1 > MAX_COMMENT_LINE_BYTES:
            raise ValueError("the untrusted comment is too long for minisign to read")
        signature = self._private.sign(_prehash(message))
        global_signature = self._private.sign(signature + trusted)
        text = Signature(
            algorithm=SIG_ALG_HASHED,
            key_id=self.key_id,
            signature=signature,
            untrusted_comment=untrusted_comment,
            trusted_comment=trusted_comment,
            global_signature=global_signature,
        ).to_text()
        if len(text.encode("utf-8")) > MAX_SIGNATURE_FILE_BYTES:
            # parse_signature() would refuse it, so it is refused here instead of being written.
            raise ValueError("the trusted comment is too long: the signature would exceed 4 KiB")
        return text

    def _seed(self) -> bytes:
        """The 32-byte Ed25519 seed (libsodium's secret key is this and the public key)."""
        return self._private.private_bytes_raw()


def encrypt_secret_key(sk: SecretKey, passphrase: str, work: WorkFactor = STANDARD) -> str:
    """The secret key file, encrypted with passphrase as ``minisign -G`` writes it."""
    pw = _passphrase_bytes(passphrase)
    if not pw:
        raise ValueError("a passphrase is required to protect the secret key")
    if len(pw) > MAX_PASSPHRASE_BYTES or any(c in pw for c in b"\r\n\x00"):
        raise ValueError(
            "the passphrase must be one line of at most 1023 bytes, so minisign can read it too"
        )
    if not _usable(work):
        raise ValueError(f"work factor outside the range this program can open again: {work}")
    libsodium_sk = sk._seed() + sk.public_key().key
    # The checksum covers the plaintext and is encrypted with it: it is how a wrong passphrase
    # is told apart from the right one when the key is opened.
    keynum_sk = sk.key_id + libsodium_sk + _checksum(sk.key_id, libsodium_sk)
    salt = secrets.token_bytes(SALT_BYTES)
    stream = _derive_stream(pw, salt, work)
    raw = (
        SIG_ALG
        + KDF_ALG
        + CHK_ALG
        + salt
        + work.opslimit.to_bytes(8, "little")
        + work.memlimit.to_bytes(8, "little")
        + _xor(keynum_sk, stream)
    )
    encoded = base64.b64encode(raw).decode("ascii")
    return f"{COMMENT_PREFIX}{SECRET_KEY_COMMENT}\n{encoded}\n"


def read_work_factor(text: str) -> WorkFactor:
    """The work factor an encrypted secret key file asks for, read without opening it."""
    return _parse_secret_key(text)[1]


def decrypt_secret_key(text: str, passphrase: str) -> SecretKey:
    """Open an encrypted secret key file; PassphraseError if the passphrase is wrong."""
    salt, work, encrypted = _parse_secret_key(text)
    try:
        pw = _passphrase_bytes(passphrase)
    except ValueError as exc:
        raise PassphraseError("The passphrase does not open this secret key.") from exc
    try:
        stream = _derive_stream(pw, salt, work)
    except MemoryError as exc:
        raise KeyFileError(
            f"Opening this secret key needs about {work.memlimit // 1024**2} MiB of memory, "
            "more than this computer can give now. Close other programs and try again.",
            memlimit=work.memlimit,
        ) from exc
    keynum_sk = _xor(encrypted, stream)
    key_id = keynum_sk[:KEY_ID_BYTES]
    libsodium_sk = keynum_sk[KEY_ID_BYTES : KEY_ID_BYTES + SEED_BYTES + PUBLIC_KEY_BYTES]
    checksum = keynum_sk[KEY_ID_BYTES + SEED_BYTES + PUBLIC_KEY_BYTES :]
    if not hmac.compare_digest(checksum, _checksum(key_id, libsodium_sk)):
        raise PassphraseError("The passphrase does not open this secret key.")
    private = Ed25519PrivateKey.from_private_bytes(libsodium_sk[:SEED_BYTES])
    # libsodium signs with the public key stored in the secret key; if it is not the seed's own,
    # every signature made with this file would be invalid, so the file is refused now.
    if private.public_key().public_bytes_raw() != libsodium_sk[SEED_BYTES:]:
        raise KeyFileError("The secret key file is damaged: its two halves do not match.")
    return SecretKey(key_id, private)


def _parse_secret_key(text: str) -> tuple[bytes, WorkFactor, bytes]:
    """Salt, work factor and encrypted key of a secret key file, strictly checked."""
    lines = _key_lines(text)
    if len(lines) != 2:
        raise KeyFileError(
            "This is not a minisign secret key file: expected an 'untrusted comment:' line and "
            f"a key line, found {len(lines)} lines."
        )
    _check_comment_line(lines[0], "secret key", KeyFileError)
    raw = _b64decode(lines[1])
    if raw is None or len(raw) != SECRET_KEY_STRUCT_BYTES:
        raise KeyFileError(
            "This is not a minisign secret key file, or it is damaged: its key line is not the "
            "base64 of 158 bytes."
        )
    sig_alg, kdf_alg, chk_alg = raw[0:2], raw[2:4], raw[4:6]
    if sig_alg != SIG_ALG:
        raise KeyFileError(
            f"The secret key's algorithm is {sig_alg!r}; only Ed25519 (b'Ed') is supported."
        )
    if kdf_alg == KDF_NONE:
        raise KeyFileError(
            "This secret key is not protected by a passphrase (made with minisign -W). "
            "Give it one first with: minisign -C -s FILE"
        )
    if kdf_alg != KDF_ALG:
        raise KeyFileError(
            f"The secret key is encrypted with {kdf_alg!r}; only scrypt (b'Sc') is supported."
        )
    if chk_alg != CHK_ALG:
        raise KeyFileError(
            f"The secret key's checksum is {chk_alg!r}; only BLAKE2b (b'B2') is supported."
        )
    offset = 6
    salt = raw[offset : offset + SALT_BYTES]
    offset += SALT_BYTES
    opslimit = int.from_bytes(raw[offset : offset + 8], "little")
    memlimit = int.from_bytes(raw[offset + 8 : offset + 16], "little")
    offset += 16
    work = WorkFactor(opslimit, memlimit)
    if not _usable(work):
        raise KeyFileError(
            f"The secret key asks for an absurd amount of work to open (opslimit {opslimit}, "
            f"memlimit {memlimit} bytes); it was not made by minisign or Coact Desktop.",
            opslimit=opslimit,
            memlimit=memlimit,
        )
    return salt, work, raw[offset:]


def _usable(work: WorkFactor) -> bool:
    """Whether a work factor is one minisign or we could have written."""
    return (
        MIN_OPSLIMIT <= work.opslimit <= MAX_OPSLIMIT
        and MIN_MEMLIMIT <= work.memlimit <= MAX_MEMLIMIT
    )


@dataclass(frozen=True)
class Signature:
    """A parsed .minisig file; nothing in it is trusted until verify() says so."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    untrusted_comment: str
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        """The signing key's id, as minisign prints it."""
        return _key_id_hex(self.key_id)

    def to_text(self) -> str:
        """The .minisig file: four lines, each ending in a newline."""
        sig_struct = base64.b64encode(self.algorithm + self.key_id + self.signature)
        global_sig = base64.b64encode(self.global_signature)
        return (
            f"{COMMENT_PREFIX}{self.untrusted_comment}\n"
            f"{sig_struct.decode('ascii')}\n"
            f"{TRUSTED_COMMENT_PREFIX}{self.trusted_comment}\n"
            f"{global_sig.decode('ascii')}\n"
        )


def parse_signature(data: bytes) -> Signature:
    """Read a .minisig file strictly; SignatureError(reason="malformed") says what is wrong."""
    if len(data) > MAX_SIGNATURE_FILE_BYTES:
        raise _malformed(
            f"The signature file is {len(data)} bytes; a minisign signature is a few hundred "
            "bytes and never more than 4 KiB."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _malformed("The signature file is not UTF-8 text.") from exc
    if "\r" in text:
        # minisign drops CRs before checking the trusted comment; refusing them means the bytes
        # we check are exactly the bytes in the file.
        raise _malformed(
            "The signature file has Windows line endings (CR); it was changed after signing."
        )
    if "\x00" in text:
        # minisign reads C strings: it would check only the part before a NUL.
        raise _malformed("The signature file contains a NUL character.")
    lines = text.removesuffix("\n").split("\n")
    if len(lines) != 4:
        raise _malformed(
            f"A minisign signature has exactly four lines; this file has {len(lines)}."
        )
    untrusted_line, sig_line, trusted_line, global_line = lines
    _check_comment_line(untrusted_line, "signature", _malformed)
    if not trusted_line.startswith(TRUSTED_COMMENT_PREFIX):
        raise _malformed(
            f"The third line of the signature must start with {TRUSTED_COMMENT_PREFIX!r}."
        )
    sig_struct = _b64decode(sig_line)
    if sig_struct is None or len(sig_struct) != SIG_STRUCT_BYTES:
        raise _malformed("The second line of the signature is not the base64 of 74 bytes.")
    algorithm = sig_struct[:2]
    if algorithm not in (SIG_ALG, SIG_ALG_HASHED):
        raise _malformed(f"The signature's algorithm is {algorithm!r}, which minisign never uses.")
    global_signature = _b64decode(global_line)
    if global_signature is None or len(global_signature) != SIGNATURE_BYTES:
        raise _malformed("The fourth line of the signature is not the base64 of 64 bytes.")
    return Signature(
        algorithm=algorithm,
        key_id=sig_struct[2 : 2 + KEY_ID_BYTES],
        signature=sig_struct[2 + KEY_ID_BYTES :],
        untrusted_comment=untrusted_line.removeprefix(COMMENT_PREFIX),
        trusted_comment=trusted_line.removeprefix(TRUSTED_COMMENT_PREFIX),
        global_signature=global_signature,
    )


def verify(public_key: PublicKey, message: bytes, sig: Signature) -> None:
    """Check sig over message and its trusted comment; SignatureError says which check failed."""
    if sig.algorithm != SIG_ALG_HASHED:
        raise SignatureError(
            "This is a legacy minisign signature; only prehashed ED signatures are accepted. "
            "Sign again with minisign 0.10 or later, without -l.",
            reason="legacy",
        )
    if sig.key_id != public_key.key_id:
        raise SignatureError(
            f"The signature was made by the key {sig.key_id_hex}, not by the expected key "
            f"{public_key.key_id_hex}.",
            reason="key_mismatch",
            signature_key_id=sig.key_id_hex,
            expected_key_id=public_key.key_id_hex,
        )
    try:
        ed25519 = public_key._ed25519()
    except ValueError as exc:
        raise SignatureError(
            "The public key is not a valid Ed25519 key.", reason="malformed"
        ) from exc
    try:
        ed25519.verify(sig.signature, _prehash(message))
    except InvalidSignature as exc:
        raise SignatureError(
            "The signature does not match the signed file: the file was changed or damaged.",
            reason="bad_signature",
        ) from exc
    try:
        ed25519.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except (InvalidSignature, UnicodeEncodeError) as exc:
        raise SignatureError(
            "The trusted comment was changed after signing.", reason="bad_trusted_comment"
        ) from exc


def _prehash(message: bytes) -> bytes:
    """BLAKE2b-512 of the message: what ``ED`` signatures sign (libsodium's generichash)."""
    return hashlib.blake2b(message, digest_size=64).digest()


def _checksum(key_id: bytes, libsodium_sk: bytes) -> bytes:
    """minisign's secret key checksum: BLAKE2b-256 of algorithm, key id and secret key."""
    return hashlib.blake2b(SIG_ALG + key_id + libsodium_sk, digest_size=CHECKSUM_BYTES).digest()


def _derive_stream(passphrase: bytes, salt: bytes, work: WorkFactor) -> bytes:
    """The 104-byte keystream libsodium's crypto_pwhash_scryptsalsa208sha256 derives."""
    n_log2, r, p = scrypt_params(work)
    # cryptography lets OpenSSL use as much memory as the parameters need, so 1 GiB works.
    kdf = Scrypt(salt=salt, length=KEYNUM_SK_BYTES, n=1 << n_log2, r=r, p=p)
    return kdf.derive(passphrase)


def _xor(data: bytes, stream: bytes) -> bytes:
    """data XOR stream, byte by byte (they have the same length)."""
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def _passphrase_bytes(passphrase: str) -> bytes:
    """The passphrase's UTF-8 bytes, unnormalised, since minisign hashes exactly what is typed."""
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("the passphrase is not valid text") from exc


def _comment_bytes(comment: str, what: str) -> bytes:
    """A comment's UTF-8 bytes; ValueError unless it is one line minisign can read back."""
    if any(c in comment for c in "\r\n\x00"):
        raise ValueError(f"the {what} must be a single line (no CR, LF or NUL)")
    try:
        return comment.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"the {what} is not valid UTF-8 text") from exc


def _key_lines(text: str) -> list[str]:
    """The lines of a key file; surrounding blanks and CRs are dropped, as minisign does."""
    return [line.removesuffix("\r") for line in text.strip().split("\n")]


def _check_comment_line(line: str, what: str, error: Callable[[str], Exception]) -> None:
    """Refuse a first line without the comment prefix, or too long for minisign to read."""
    if not line.startswith(COMMENT_PREFIX):
        raise error(f"The first line of the {what} must start with {COMMENT_PREFIX!r}.")
    if len(line.encode("utf-8")) + 1 > MAX_COMMENT_LINE_BYTES:
        raise error(f"The first line of the {what} is longer than minisign can read.")


def _malformed(message: str) -> SignatureError:
    """A SignatureError for a file that is not a well-formed minisign signature."""
    return SignatureError(message, reason="malformed")


def _b64decode(line: str) -> bytes | None:
    """Strict base64: the canonical padded encoding only, or None."""
    try:
        raw = binascii.a2b_base64(line.encode("ascii"), strict_mode=True)
    except (UnicodeEncodeError, binascii.Error):
        return None
    # strict_mode still accepts stray bits in the last character; one spelling per value only.
    if base64.b64encode(raw).decode("ascii") != line:
        return None
    return raw


def _key_id_hex(key_id: bytes) -> str:
    """minisign's "%016" PRIX64 of the key id read as a little-endian u64."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


_KEY_ID_TEXT = re.compile(r"[0-9A-F]{1,16}")


def key_id_from_hex(text: str) -> bytes:
    """The 8 bytes of a key id written in hex, with its leading zeros or (as minisign's public
    key comment writes it) without them; anything else is a ValueError."""
    # Key ids are compared as bytes: the same id is "0807…" in our files and "807…" in minisign's.
    if not _KEY_ID_TEXT.fullmatch(text):
        raise ValueError(f"not a key id: {text[:40]!r}")
    return int(text, 16).to_bytes(KEY_ID_BYTES, "little")
