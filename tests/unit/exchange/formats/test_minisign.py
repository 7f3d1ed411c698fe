"""minisign keys and signatures: round trips, strict parsing, and interop with Debian's minisign.

The interop tests run the real ``minisign`` 0.11 (CI installs it); they fail, never skip, without
it. Keys made here use the LIGHT work factor; scrypt at 1 GiB (STANDARD) runs only where minisign
makes a key itself, since it always uses that.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from coact_desktop.core.errors import KeyFileError, PassphraseError, SignatureError
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.exchange.formats.minisign import (
    LIGHT,
    STANDARD,
    PublicKey,
    SecretKey,
    Signature,
    WorkFactor,
    decrypt_secret_key,
    encrypt_secret_key,
    key_id_from_hex,
    parse_signature,
    read_work_factor,
    scrypt_params,
    verify,
)

PASSPHRASE = "correct horse battery staple"
MESSAGE = b"coact-bundle/bagit.txt\nBagIt-Version: 1.0\n"
TRUSTED = "coact-bundle/1\tgroup:8c1f\tseq:3\ttagmanifest:ab12 — Grupo de usuários"


@pytest.fixture(scope="module")
def secret() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture(scope="module")
def light_key_file(secret: SecretKey) -> str:
    return encrypt_secret_key(secret, PASSPHRASE, LIGHT)


@pytest.fixture(scope="module")
def signature_text(secret: SecretKey) -> str:
    return secret.sign(MESSAGE, TRUSTED)


def _reason(exc: pytest.ExceptionInfo[SignatureError]) -> object:
    return exc.value.details["reason"]


# --- work factors -------------------------------------------------------------------------------


def test_scrypt_params_of_the_two_work_factors() -> None:
    assert WorkFactor(opslimit=33554432, memlimit=1073741824) == STANDARD
    assert WorkFactor(opslimit=524288, memlimit=16777216) == LIGHT
    assert scrypt_params(STANDARD) == (20, 8, 1)  # N = 2**20, r = 8: 128 * r * N = 1 GiB
    assert scrypt_params(LIGHT) == (14, 8, 1)  # 16 MiB


@pytest.mark.parametrize(
    ("work", "expected"),
    [
        # opslimit is floored at 32768; 32768 < memlimit / 32, so N comes from opslimit / 32.
        (WorkFactor(0, 16777216), (10, 8, 1)),
        # libsodium's "moderate" limits: N from memlimit, p from what opslimit has left.
        (WorkFactor(16777216, 268435456), (18, 8, 2)),
        # Little memory, much work: N stays small and p grows.
        (WorkFactor(2**30, 16777216), (14, 8, 2048)),
    ],
)
def test_scrypt_params_follow_libsodium_pickparams(
    work: WorkFactor, expected: tuple[int, int, int]
) -> None:
    assert scrypt_params(work) == expected


def test_the_default_work_factor_is_minisigns(
    secret: SecretKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only what is written is checked here: scrypt at 1 GiB runs once, in the minisign interop test.
    seen: list[WorkFactor] = []

    def fake_stream(passphrase: bytes, salt: bytes, work: WorkFactor) -> bytes:
        seen.append(work)
        return bytes(minisign.KEYNUM_SK_BYTES)

    monkeypatch.setattr(minisign, "_derive_stream", fake_stream)
    text = encrypt_secret_key(secret, PASSPHRASE)
    assert seen == [STANDARD]
    assert read_work_factor(text) == STANDARD


@pytest.mark.parametrize(
    "work",
    [
        WorkFactor(1024, 16777216),
        WorkFactor(2**32, 16777216),
        WorkFactor(524288, 2**24 - 1),
        WorkFactor(524288, 2**32 + 1),
    ],
)
def test_work_factors_we_could_not_open_again_are_refused(
    secret: SecretKey, work: WorkFactor
) -> None:
    with pytest.raises(ValueError, match="work factor"):
        encrypt_secret_key(secret, PASSPHRASE, work)


# --- keys ---------------------------------------------------------------------------------------


def test_secret_key_round_trip(secret: SecretKey, light_key_file: str) -> None:
    opened = decrypt_secret_key(light_key_file, PASSPHRASE)
    assert opened.key_id == secret.key_id
    assert opened.public_key() == secret.public_key()
    sig = parse_signature(opened.sign(MESSAGE, TRUSTED).encode())
    verify(secret.public_key(), MESSAGE, sig)
    assert repr(opened) == f"SecretKey(key_id={secret.public_key().key_id_hex})"


def test_encrypted_secret_key_layout(secret: SecretKey, light_key_file: str) -> None:
    comment, encoded, end = light_key_file.split("\n")
    assert comment == "untrusted comment: minisign encrypted secret key"
    assert end == ""
    raw = base64.b64decode(encoded, validate=True)
    assert len(raw) == 158
    assert raw[:6] == b"EdScB2"
    assert int.from_bytes(raw[38:46], "little") == LIGHT.opslimit
    assert int.from_bytes(raw[46:54], "little") == LIGHT.memlimit
    assert read_work_factor(light_key_file) == LIGHT
    # Each file has its own salt, so the same key never encrypts the same way twice.
    assert encrypt_secret_key(secret, PASSPHRASE, LIGHT) != light_key_file


def test_wrong_passphrase_is_a_passphrase_error(light_key_file: str) -> None:
    with pytest.raises(PassphraseError):
        decrypt_secret_key(light_key_file, PASSPHRASE + " ")
    with pytest.raises(PassphraseError):
        decrypt_secret_key(light_key_file, "\udcff")


@pytest.mark.parametrize(
    "passphrase", ["", "two\nlines", "carriage\rreturn", "nul\x00", "x" * 1024]
)
def test_passphrases_minisign_could_not_read_are_refused(
    secret: SecretKey, passphrase: str
) -> None:
    with pytest.raises(ValueError, match="passphrase"):
        encrypt_secret_key(secret, passphrase, LIGHT)


def _key_file(raw: bytes) -> str:
    return f"untrusted comment: minisign encrypted secret key\n{base64.b64encode(raw).decode()}\n"


def _key_raw(text: str) -> bytes:
    return base64.b64decode(text.split("\n")[1])


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda raw: b"Xx" + raw[2:], "algorithm"),
        (lambda raw: raw[:2] + b"\x00\x00" + raw[4:], "minisign -W"),
        (lambda raw: raw[:2] + b"Ar" + raw[4:], "scrypt"),
        (lambda raw: raw[:4] + b"S2" + raw[6:], "checksum"),
        (lambda raw: raw[:38] + (2**32).to_bytes(8, "little") + raw[46:], "absurd"),
        (lambda raw: raw[:38] + (2**64 - 1).to_bytes(8, "little") + raw[46:], "absurd"),
        (lambda raw: raw[:46] + (2**32 + 1).to_bytes(8, "little") + raw[54:], "absurd"),
        # A tiny memlimit with a large opslimit would make scrypt's p, and its buffers, huge.
        (lambda raw: raw[:46] + (1024).to_bytes(8, "little") + raw[54:], "absurd"),
        (lambda raw: raw[:-1], "158 bytes"),
        (lambda raw: raw + b"\x00", "158 bytes"),
    ],
)
def test_malformed_secret_keys_are_refused(
    light_key_file: str, mutate: Callable[[bytes], bytes], match: str
) -> None:
    with pytest.raises(KeyFileError, match=match):
        decrypt_secret_key(_key_file(mutate(_key_raw(light_key_file))), PASSPHRASE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not a key",
        "RWQAAAAA\n",
        "comment without prefix\nRWQ=\n",
        "untrusted comment: x\nRWQ=\nextra line\n",
        "untrusted comment: x\n!!!!\n",
    ],
)
def test_garbage_secret_key_files_are_refused(text: str) -> None:
    with pytest.raises(KeyFileError):
        decrypt_secret_key(text, PASSPHRASE)


def test_a_secret_key_whose_halves_differ_is_refused(secret: SecretKey) -> None:
    # Build a correctly encrypted file whose stored public key is not the seed's own.
    other = SecretKey.generate()
    libsodium_sk = secret._seed() + other.public_key().key
    keynum_sk = secret.key_id + libsodium_sk + minisign._checksum(secret.key_id, libsodium_sk)
    salt = bytes(32)
    stream = minisign._derive_stream(PASSPHRASE.encode(), salt, LIGHT)
    raw = (
        b"EdScB2"
        + salt
        + LIGHT.opslimit.to_bytes(8, "little")
        + LIGHT.memlimit.to_bytes(8, "little")
        + minisign._xor(keynum_sk, stream)
    )
    with pytest.raises(KeyFileError, match="do not match"):
        decrypt_secret_key(_key_file(raw), PASSPHRASE)


def test_public_key_text_and_key_id() -> None:
    pk = PublicKey(key_id=bytes(range(1, 9)), key=bytes(32))
    # minisign prints the key id as a little-endian u64.
    assert pk.key_id_hex == "0807060504030201"
    encoded = base64.b64encode(b"Ed" + bytes(range(1, 9)) + bytes(32)).decode()
    assert pk.to_base64() == encoded
    # ...and, in the public key file's comment, without leading zeros (%PRIX64), as it does.
    assert pk.to_text() == (f"untrusted comment: minisign public key 807060504030201\n{encoded}\n")


def test_public_key_from_text_forms(secret: SecretKey) -> None:
    pk = secret.public_key()
    assert PublicKey.from_text(pk.to_text()) == pk
    assert PublicKey.from_text(pk.to_base64()) == pk
    assert PublicKey.from_text(pk.to_base64() + "\n") == pk
    assert PublicKey.from_text(pk.to_text().replace("\n", "\r\n")) == pk  # as minisign reads it


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda pk: "", "base64 of 42 bytes"),
        (lambda pk: pk.to_text() + "more\n", "found 3 lines"),
        (lambda pk: "a comment\n" + pk.to_base64(), "must start with"),
        (lambda pk: pk.to_base64()[:-4], "base64 of 42 bytes"),
        (lambda pk: pk.to_base64() + "AAAA", "base64 of 42 bytes"),
        (lambda pk: pk.to_base64().replace("R", "*", 1), "base64 of 42 bytes"),
        (lambda pk: base64.b64encode(b"ED" + pk.key_id + pk.key).decode(), "algorithm"),
        (
            lambda pk: "untrusted comment: " + "x" * 1010 + "\n" + pk.to_base64(),
            "longer than minisign can read",
        ),
    ],
)
def test_malformed_public_keys_are_refused(
    secret: SecretKey, make: Callable[[PublicKey], str], match: str
) -> None:
    with pytest.raises(KeyFileError, match=match):
        PublicKey.from_text(make(secret.public_key()))


def test_non_canonical_base64_is_refused(signature_text: str) -> None:
    # 64 bytes end in "xy==", where y carries 4 unused bits: setting one keeps the same bytes.
    lines = signature_text.split("\n")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(lines[3][-3])
    assert last & 0b1111 == 0
    lines[3] = lines[3][:-3] + alphabet[last | 1] + "=="
    assert base64.b64decode(lines[3]) == base64.b64decode(signature_text.split("\n")[3])
    with pytest.raises(SignatureError, match="64 bytes") as exc:
        parse_signature("\n".join(lines).encode())
    assert _reason(exc) == "malformed"


# --- signatures ---------------------------------------------------------------------------------


def test_signature_file_format(secret: SecretKey, signature_text: str) -> None:
    lines = signature_text.split("\n")
    assert len(lines) == 5
    assert lines[4] == ""
    assert lines[0] == "untrusted comment: signature from Coact Desktop secret key"
    assert lines[2] == f"trusted comment: {TRUSTED}"
    sig_struct = base64.b64decode(lines[1], validate=True)
    assert sig_struct[:2] == b"ED"
    assert sig_struct[2:10] == secret.key_id
    # Independently of the module: Ed25519 over BLAKE2b-512, then over signature + comment.
    public = Ed25519PublicKey.from_public_bytes(secret.public_key().key)
    public.verify(sig_struct[10:], hashlib.blake2b(MESSAGE, digest_size=64).digest())
    public.verify(base64.b64decode(lines[3]), sig_struct[10:] + TRUSTED.encode())


def test_signature_round_trip(secret: SecretKey, signature_text: str) -> None:
    sig = parse_signature(signature_text.encode())
    assert sig.algorithm == b"ED"
    assert sig.key_id == secret.key_id
    assert sig.key_id_hex == secret.public_key().key_id_hex
    assert sig.trusted_comment == TRUSTED
    assert sig.untrusted_comment == "signature from Coact Desktop secret key"
    assert sig.to_text() == signature_text
    verify(secret.public_key(), MESSAGE, sig)
    # The final newline is optional.
    verify(secret.public_key(), MESSAGE, parse_signature(signature_text.encode()[:-1]))


def test_custom_untrusted_comment_and_empty_trusted_comment(secret: SecretKey) -> None:
    text = secret.sign(b"", "", untrusted_comment="made by a test")
    sig = parse_signature(text.encode())
    assert sig.untrusted_comment == "made by a test"
    assert sig.trusted_comment == ""
    verify(secret.public_key(), b"", sig)


def test_a_tampered_message_is_a_bad_signature(secret: SecretKey, signature_text: str) -> None:
    with pytest.raises(SignatureError) as exc:
        verify(secret.public_key(), MESSAGE + b"x", parse_signature(signature_text.encode()))
    assert _reason(exc) == "bad_signature"


def test_a_tampered_trusted_comment_is_caught(secret: SecretKey, signature_text: str) -> None:
    tampered = signature_text.replace("seq:3", "seq:4")
    with pytest.raises(SignatureError, match="trusted comment was changed") as exc:
        verify(secret.public_key(), MESSAGE, parse_signature(tampered.encode()))
    assert _reason(exc) == "bad_trusted_comment"


def test_the_untrusted_comment_is_not_signed(secret: SecretKey, signature_text: str) -> None:
    changed = signature_text.replace("from Coact Desktop", "from someone else")
    verify(secret.public_key(), MESSAGE, parse_signature(changed.encode()))


def test_another_key_is_a_key_mismatch(secret: SecretKey, signature_text: str) -> None:
    other = SecretKey.generate().public_key()
    with pytest.raises(SignatureError) as exc:
        verify(other, MESSAGE, parse_signature(signature_text.encode()))
    assert _reason(exc) == "key_mismatch"
    assert other.key_id_hex in exc.value.message
    assert secret.public_key().key_id_hex in exc.value.message


def test_another_key_with_the_same_id_is_a_bad_signature(
    secret: SecretKey, signature_text: str
) -> None:
    impostor = PublicKey(key_id=secret.key_id, key=SecretKey.generate().public_key().key)
    with pytest.raises(SignatureError) as exc:
        verify(impostor, MESSAGE, parse_signature(signature_text.encode()))
    assert _reason(exc) == "bad_signature"


def test_legacy_signatures_are_refused(secret: SecretKey) -> None:
    # A legacy (``minisign -l``) signature signs the message itself, not its hash.
    signature = secret._private.sign(MESSAGE)
    legacy = Signature(
        algorithm=b"Ed",
        key_id=secret.key_id,
        signature=signature,
        untrusted_comment="legacy",
        trusted_comment=TRUSTED,
        global_signature=secret._private.sign(signature + TRUSTED.encode()),
    )
    parsed = parse_signature(legacy.to_text().encode())
    assert parsed == legacy
    with pytest.raises(SignatureError, match="legacy") as exc:
        verify(secret.public_key(), MESSAGE, parsed)
    assert _reason(exc) == "legacy"


def _replace_line(index: int, line: str) -> Callable[[str], str]:
    def mutate(text: str) -> str:
        lines = text.split("\n")
        lines[index] = line
        return "\n".join(lines)

    return mutate


def _resize_sig_struct(text: str) -> str:
    lines = text.split("\n")
    lines[1] = base64.b64encode(base64.b64decode(lines[1]) + b"\x00").decode()
    return "\n".join(lines)


def _other_algorithm(text: str) -> str:
    lines = text.split("\n")
    lines[1] = base64.b64encode(b"Xx" + base64.b64decode(lines[1])[2:]).decode()
    return "\n".join(lines)


@dataclass(frozen=True)
class Bad:
    name: str
    mutate: Callable[[str], str]
    match: str


MALFORMED = [
    Bad("too big", lambda t: t + "x" * 4096, "4 KiB"),
    Bad("CRLF", lambda t: t.replace("\n", "\r\n"), "line endings"),
    Bad("NUL", lambda t: t.replace("trusted comment: ", "trusted comment: \x00"), "NUL"),
    Bad("three lines", lambda t: "\n".join(t.split("\n")[:3]), "four lines; this file has 3"),
    Bad("five lines", lambda t: t + "more\n", "this file has 5"),
    Bad("blank line at the end", lambda t: t + "\n", "this file has 5"),
    Bad("no untrusted prefix", _replace_line(0, "comment: x"), "untrusted comment: "),
    Bad("untrusted too long", _replace_line(0, "untrusted comment: " + "x" * 1004), "longer"),
    Bad("no trusted prefix", _replace_line(2, "Trusted comment: x"), "trusted comment: "),
    Bad("sig not base64", _replace_line(1, "RUQ*"), "base64 of 74 bytes"),
    Bad("sig with spaces", lambda t: t.replace("\n", " \n", 2), "base64 of 74 bytes"),
    Bad("sig too long", _resize_sig_struct, "base64 of 74 bytes"),
    Bad("unknown algorithm", _other_algorithm, "algorithm"),
    Bad("global sig short", _replace_line(3, base64.b64encode(bytes(63)).decode()), "64 bytes"),
    Bad("global sig unpadded", lambda t: t.rstrip("\n").rstrip("=") + "\n", "64 bytes"),
]


@pytest.mark.parametrize("bad", MALFORMED, ids=[bad.name for bad in MALFORMED])
def test_malformed_signatures_are_refused(signature_text: str, bad: Bad) -> None:
    with pytest.raises(SignatureError, match=bad.match) as exc:
        parse_signature(bad.mutate(signature_text).encode())
    assert _reason(exc) == "malformed"


def test_a_signature_that_is_not_utf8_is_refused(signature_text: str) -> None:
    with pytest.raises(SignatureError, match="UTF-8") as exc:
        parse_signature(signature_text.encode().replace(b"Coact", b"\xffoact"))
    assert _reason(exc) == "malformed"


@pytest.mark.parametrize("comment", ["two\nlines", "carriage\rreturn", "nul\x00", "\udcff"])
def test_comments_that_are_not_one_line_of_text_are_refused(
    secret: SecretKey, comment: str
) -> None:
    with pytest.raises(ValueError, match="comment"):
        secret.sign(MESSAGE, comment)
    with pytest.raises(ValueError, match="comment"):
        secret.sign(MESSAGE, "fine", untrusted_comment=comment)


def test_comments_too_long_to_read_back_are_refused(secret: SecretKey) -> None:
    with pytest.raises(ValueError, match="4 KiB"):
        secret.sign(MESSAGE, "x" * 4000)
    with pytest.raises(ValueError, match="too long for minisign"):
        secret.sign(MESSAGE, "fine", untrusted_comment="x" * 1004)


# --- interop with Debian's minisign -------------------------------------------------------------


@pytest.fixture(scope="module")
def minisign_bin() -> str:
    path = shutil.which("minisign")
    if path is None:
        pytest.fail("minisign is not installed: `apt-get install minisign` (CI installs it)")
    return path


@dataclass(frozen=True)
class Tool:
    binary: str
    cwd: Path

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """Run minisign; passwords go on stdin, which minisign reads when it is not a tty."""
        return subprocess.run(
            [self.binary, *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.cwd,
            env={"PATH": "/usr/bin:/bin", "MINISIGN_CONFIG_DIR": str(self.cwd), "LC_ALL": "C"},
            timeout=120,
            check=False,
        )

    def ok(self, *args: str, stdin: str = "") -> str:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, f"minisign {' '.join(args)} failed:\n{result.stderr}"
        return result.stdout


@pytest.fixture
def tool(minisign_bin: str, tmp_path: Path) -> Tool:
    return Tool(minisign_bin, tmp_path)


@pytest.fixture(scope="module")
def minisign_pair(minisign_bin: str, tmp_path_factory: pytest.TempPathFactory) -> Tool:
    """A key pair minisign made itself, encrypted with the password "pw" typed twice on stdin."""
    made = Tool(minisign_bin, tmp_path_factory.mktemp("minisign-keys"))
    made.ok("-G", "-p", "k.pub", "-s", "k.key", stdin="pw\npw\n")
    return made


def test_minisign_verifies_our_signature(tool: Tool, secret: SecretKey) -> None:
    (tool.cwd / "our.pub").write_text(secret.public_key().to_text())
    (tool.cwd / "file").write_bytes(MESSAGE)
    (tool.cwd / "our.minisig").write_text(secret.sign(MESSAGE, TRUSTED))
    out = tool.ok("-V", "-p", "our.pub", "-m", "file", "-x", "our.minisig")
    assert f"Trusted comment: {TRUSTED}\n" in out
    # -H: minisign too insists that it is a prehashed signature.
    tool.ok("-V", "-H", "-P", secret.public_key().to_base64(), "-m", "file", "-x", "our.minisig")
    # ...and it refuses what we refuse.
    (tool.cwd / "bad.minisig").write_text(secret.sign(MESSAGE, TRUSTED).replace("seq:3", "seq:4"))
    bad = tool.run("-V", "-p", "our.pub", "-m", "file", "-x", "bad.minisig")
    assert bad.returncode != 0
    assert "Comment signature verification failed" in bad.stderr


def _comment_key_id(public_file: Path) -> bytes:
    """The key id in the first line of a public key file, read back into its 8 bytes."""
    first = public_file.read_text().splitlines()[0]
    return key_id_from_hex(first.removeprefix("untrusted comment: minisign public key "))


def test_minisign_signs_with_its_own_key_and_we_verify(tool: Tool) -> None:
    # An unencrypted key (-W) keeps this fast; signing with a passphrase on stdin is checked with
    # our own key below, and opening a key minisign encrypted in the next test.
    tool.ok("-G", "-W", "-p", "w.pub", "-s", "w.key")
    (tool.cwd / "file").write_bytes(MESSAGE)
    tool.ok("-S", "-s", "w.key", "-m", "file", "-t", "trusted")
    public = PublicKey.from_text((tool.cwd / "w.pub").read_text())
    sig = parse_signature((tool.cwd / "file.minisig").read_bytes())
    assert sig.algorithm == b"ED"
    assert sig.trusted_comment == "trusted"
    assert sig.untrusted_comment == "signature from minisign secret key"
    verify(public, MESSAGE, sig)
    # The id minisign prints is the key's id, compared as bytes (minisign drops leading zeros).
    assert _comment_key_id(tool.cwd / "w.pub") == public.key_id == sig.key_id
    # ...and our public key file is the very file minisign wrote.
    assert PublicKey.from_text((tool.cwd / "w.pub").read_text()).to_text() == (
        (tool.cwd / "w.pub").read_text()
    )


def test_a_key_minisign_made_with_a_leading_zero_in_its_id_reads_back(tool: Tool) -> None:
    # One key in 16 has a leading zero nibble: make keys until one does (bounded; 400 tries
    # miss with a chance of (15/16)**400, about 1e-11), so the case runs every time.
    for _ in range(400):
        tool.ok("-G", "-f", "-W", "-p", "w.pub", "-s", "w.key")
        public = PublicKey.from_text((tool.cwd / "w.pub").read_text())
        if public.key_id_hex.startswith("0"):
            break
    else:
        pytest.fail("400 minisign keys and none with a leading zero in its id")
    first = (tool.cwd / "w.pub").read_text().splitlines()[0]
    assert len(first.removeprefix("untrusted comment: minisign public key ")) < 16
    assert _comment_key_id(tool.cwd / "w.pub") == public.key_id
    assert public.to_text() == (tool.cwd / "w.pub").read_text()


@pytest.mark.parametrize(
    ("key_id", "display", "minisign_prints"),
    [
        # Little-endian: the last byte is the first pair of hex digits.
        (bytes([1, 2, 3, 4, 5, 6, 7, 0x0F]), "0F07060504030201", "F07060504030201"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 0]), "0007060504030201", "7060504030201"),
        (bytes([1, 2, 3, 4, 5, 6, 0x0A, 0]), "000A060504030201", "A060504030201"),
        (bytes([0xAB]) + bytes(7), "00000000000000AB", "AB"),
        (bytes(8), "0000000000000000", "0"),
        (bytes([0xFF] * 8), "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF"),
    ],
)
def test_key_ids_with_leading_zeros_match_minisign_everywhere(
    tool: Tool, key_id: bytes, display: str, minisign_prints: str
) -> None:
    secret = SecretKey(key_id, Ed25519PrivateKey.generate())
    public = secret.public_key()
    # One display form (16 digits, kept zeros) for our files, messages, JSON and the window...
    assert public.key_id_hex == display
    # ...and whichever form a person or minisign writes, the comparison is of the 8 bytes.
    assert key_id_from_hex(display) == key_id_from_hex(minisign_prints) == key_id
    # minisign recreates our public key file from our secret key byte for byte...
    (tool.cwd / "our.key").write_text(encrypt_secret_key(secret, PASSPHRASE, LIGHT))
    tool.ok("-R", "-s", "our.key", "-p", "again.pub", stdin=PASSPHRASE + "\n")
    again = (tool.cwd / "again.pub").read_text()
    assert again == public.to_text()
    assert again.splitlines()[0] == f"untrusted comment: minisign public key {minisign_prints}"
    assert PublicKey.from_text(again) == public
    # ...signs with it, and we verify; and it verifies what we sign.
    (tool.cwd / "file").write_bytes(MESSAGE)
    tool.ok("-S", "-s", "our.key", "-m", "file", "-t", "t", stdin=PASSPHRASE + "\n")
    signature = parse_signature((tool.cwd / "file.minisig").read_bytes())
    assert signature.key_id_hex == display
    verify(PublicKey.from_text(again), MESSAGE, signature)
    (tool.cwd / "ours.minisig").write_text(secret.sign(MESSAGE, TRUSTED))
    tool.ok("-V", "-p", "again.pub", "-m", "file", "-x", "ours.minisig")


@pytest.mark.parametrize(
    "text", ["", "0" * 17, "0807060504030201 ", "0x807", "807o", "8070605a4030201", "-1"]
)
def test_a_key_id_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a key id"):
        key_id_from_hex(text)


def test_we_open_minisigns_secret_key_and_sign_with_it(minisign_pair: Tool) -> None:
    folder = minisign_pair.cwd
    text = (folder / "k.key").read_text()
    # minisign always uses its STANDARD work factor: this is the one scrypt at 1 GiB we run.
    assert read_work_factor(text) == STANDARD
    opened = decrypt_secret_key(text, "pw")
    public = PublicKey.from_text((folder / "k.pub").read_text())
    assert opened.public_key() == public
    (folder / "ours").write_bytes(b"signed by us with minisign's key")
    (folder / "ours.minisig").write_text(opened.sign(b"signed by us with minisign's key", "ours"))
    out = minisign_pair.ok("-V", "-p", "k.pub", "-m", "ours")
    assert "Trusted comment: ours\n" in out


def test_minisign_signs_with_our_secret_key(
    tool: Tool, secret: SecretKey, light_key_file: str
) -> None:
    (tool.cwd / "our.key").write_text(light_key_file)
    (tool.cwd / "file").write_bytes(MESSAGE)
    tool.ok("-S", "-s", "our.key", "-m", "file", "-t", TRUSTED, stdin=PASSPHRASE + "\n")
    sig = parse_signature((tool.cwd / "file.minisig").read_bytes())
    assert sig.trusted_comment == TRUSTED
    verify(secret.public_key(), MESSAGE, sig)
    # minisign checks our checksum: a wrong passphrase is refused there as here.
    wrong = tool.run("-S", "-s", "our.key", "-m", "file", "-x", "x.minisig", stdin="nope\n")
    assert wrong.returncode != 0
    assert "Wrong password for that key" in wrong.stderr


def test_minisign_recreates_our_public_key_file_exactly(
    tool: Tool, secret: SecretKey, light_key_file: str
) -> None:
    (tool.cwd / "our.key").write_text(light_key_file)
    tool.ok("-R", "-s", "our.key", "-p", "again.pub", stdin=PASSPHRASE + "\n")
    assert (tool.cwd / "again.pub").read_text() == secret.public_key().to_text()


def test_an_unencrypted_minisign_key_is_refused_with_advice(tool: Tool) -> None:
    tool.ok("-G", "-W", "-p", "w.pub", "-s", "w.key")
    with pytest.raises(KeyFileError, match="minisign -C"):
        decrypt_secret_key((tool.cwd / "w.key").read_text(), "")


def test_minisign_refuses_a_legacy_signature_with_h_as_we_do(tool: Tool, secret: SecretKey) -> None:
    tool.ok("-G", "-W", "-p", "w.pub", "-s", "w.key")
    (tool.cwd / "file").write_bytes(MESSAGE)
    tool.ok("-S", "-l", "-s", "w.key", "-m", "file")
    sig = parse_signature((tool.cwd / "file.minisig").read_bytes())
    assert sig.algorithm == b"Ed"
    with pytest.raises(SignatureError) as exc:
        verify(PublicKey.from_text((tool.cwd / "w.pub").read_text()), MESSAGE, sig)
    assert _reason(exc) == "legacy"
    assert tool.run("-V", "-H", "-p", "w.pub", "-m", "file").returncode != 0
