"""Export and verify of a draft with 100 MB of attachments, as ratios to sha256sum + minisign -V.

Budget (DESIGN.md, "Performance budgets"): export / verify 100 MB of attachments within 2x of
`sha256sum` + `minisign -V` on the same files. Run from the repository root:

    .venv/bin/python benchmarks/bundle.py [--megabytes 100] [--runs 5] [--keep] [--profile]

Setup, in a temporary folder, none of it timed: a group profile, ~5 MB photos of random noise
(half PNG, half JPEG at quality 90, so that re-encoding cannot shrink them) attached with
``attach()`` so that the profile holds real cleaned copies, a draft with one written section and
those attachments, the group's signing key (``keys.create``, light work factor), a throwaway age
identity, and a second profile for Coact's side.

What is timed, each run, one after another so that machine noise hits them all alike:

- reference: ``sha256sum`` over all the cleaned attachment files, plus ``minisign -V`` of each of
  those files against a detached signature made beforehand (``minisign -G -W``, then ``-S`` on
  every file). Each file is signed on its own because that is "sha256sum + minisign -V on the same
  files" taken literally: the same files, unchanged, rather than a concatenation that exists only
  for the benchmark. minisign 0.11 signs pre-hashed (BLAKE2b-512), so its -V reads every byte
  again: the reference is two full passes over the data (SHA-256, BLAKE2b), the same work a signed
  manifest of hashes needs, plus one process start per file (about 1 ms each; the one-file
  concatenation is timed too and printed beside it, for comparison).
- export (encrypted) and export (--no-encrypt): ``services.exports.export(...)`` as the command
  line calls it (pre-flight, hashing, ZIP, age to one recipient, fsync, the database row), without
  a progress callback; the command line's own earlier ``exports.preflight`` call is not included.
  The key unlock (scrypt) is taken out: ``keys.unlock`` is replaced by the key it returned once,
  and its own time is printed separately.
- verify (encrypted) and verify (unencrypted): ``open_bundle(path, identities)`` and
  ``inbox.assess(bundle)`` in Coact's profile, the whole ``with`` block (the extracted payload is
  deleted when it ends), on the bundles exported in the same run.

All files are in the page cache for every measurement (the attachments were just written and
read, the bundles just exported), so this compares CPU and write work, not disk reads. The table
gives the median and the best of --runs runs; the ratio is median over the reference's median.
Two stricter references follow for information (no verdict): minisign over one concatenated file,
and ``openssl dgst -sha256`` in place of sha256sum (coreutils' sha256sum does not use the CPU's
SHA instructions, OpenSSL does, so it is several times faster where they exist). --profile also
prints cProfile's top functions for one export and one verify of each kind.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import platform
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from PIL import Image  # noqa: E402

from coact_desktop.core.drafts.attachments import Attachment, attach  # noqa: E402
from coact_desktop.core.drafts.model import Profile, Section  # noqa: E402
from coact_desktop.core.drafts.service import new_draft  # noqa: E402
from coact_desktop.core.exchange.bundle_read import open_bundle  # noqa: E402
from coact_desktop.core.exchange.formats import age  # noqa: E402
from coact_desktop.core.exchange.formats.minisign import SecretKey  # noqa: E402
from coact_desktop.core.services import AppServices, open_services  # noqa: E402
from coact_desktop.core.storage.paths import attachments_dir, resolve_profile  # noqa: E402

BUDGET_RATIO = 2.0
FILE_MB = 5.0  # about this many MB per attachment, as a phone photo
PASSPHRASE = "correct horse battery staple"
BODY = (
    "Our group began in a kitchen with six people and a kettle. We met every Friday to share "
    "news, plan outreach and look after each other. "
) * 20


# -- setup ------------------------------------------------------------------------------------


def make_photos(folder: Path, megabytes: float, seed: int) -> list[Path]:
    """Noise photos that stay about FILE_MB each once attach() re-encodes them."""
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    count = max(1, round(megabytes / FILE_MB))
    target = megabytes * 1e6 / count
    # Bytes per pixel after re-encoding: random RGB stays ~3 as PNG; a JPEG saved at quality 95
    # and re-encoded at 90 (as attach() does) keeps about 0.8.
    sample = Image.frombytes("RGB", (256, 256), rng.randbytes(256 * 256 * 3))
    first, second = io.BytesIO(), io.BytesIO()
    sample.save(first, "JPEG", quality=95)
    Image.open(first).save(second, "JPEG", quality=90, optimize=True)
    per_pixel = {"png": 3.0, "jpg": len(second.getvalue()) / (256 * 256)}
    photos = []
    for i in range(count):
        kind = "png" if i % 2 == 0 else "jpg"
        side = round((target / per_pixel[kind]) ** 0.5)
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        path = folder / f"photo-{i:02d}.{kind}"
        if kind == "png":
            image.save(path, "PNG", compress_level=1)
        else:
            image.save(path, "JPEG", quality=95)
        photos.append(path)
    return photos


def make_draft(services: AppServices, photos: list[Path]) -> tuple[str, list[Path]]:
    """Attach the photos (clean copies in the profile) to a new draft; its id and those copies."""
    data_dir = services.paths.data_dir
    attached: list[Attachment] = []
    for i, photo in enumerate(photos):
        attached.append(attach(photo, data_dir, caption=f"Photo {i + 1}").attachment)
    draft = new_draft(Profile(name="Benchmark group", country="Kenya", city="Nairobi"))
    draft = draft.with_section(0, Section(draft.sections[0].title, BODY, "beginnings"))
    draft = replace(draft, attachments=tuple(attached))
    services.drafts.create(draft)
    blocking = [p for p in services.exports.preflight(draft.id) if p.blocking]
    if blocking:
        sys.exit(f"pre-flight refused the benchmark draft: {blocking}")
    return draft.id, [attachments_dir(data_dir) / a.file_name for a in attached]


def run_quiet(command: list[str]) -> None:
    """Run a command; stop the benchmark if it fails."""
    done = subprocess.run(command, capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{command[:3]} failed:\n{done.stderr.decode(errors='replace')}")


# -- the timed operations ---------------------------------------------------------------------


def timed(operation: Callable[..., object], *args: object) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    operation(*args)
    return time.perf_counter() - start


def main() -> int:
    """Set up, measure everything alternately --runs times, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100.0, help="attachments in total")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--profile", action="store_true", help="also cProfile one export and one verify of each"
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="coact-bench-bundle-"))
    try:
        return measure(args, tmp)
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def measure(args: argparse.Namespace, tmp: Path) -> int:
    """Everything but the temporary folder's lifetime."""
    print("setting up: photos, attachments, draft, keys ...", flush=True)
    group = open_services(resolve_profile(tmp / "group"))
    coact = open_services(resolve_profile(tmp / "coact"))
    photos = make_photos(tmp / "originals", args.megabytes, args.seed)
    draft_id, files = make_draft(group, photos)
    payload = sum(f.stat().st_size for f in files)

    group.keys.create(PASSPHRASE, "light")
    unlock_times = [timed(group.keys.unlock, PASSPHRASE) for _ in range(args.runs)]
    secret = group.keys.unlock(PASSPHRASE)

    def unlocked(_passphrase: str) -> SecretKey:
        return secret

    # scrypt is timed on its own (above), not inside every export.
    group.keys.unlock = unlocked  # type: ignore[method-assign,assignment]

    identity_text, recipient = age.new_identity()
    identity_file = tmp / "age-identity.txt"
    identity_file.write_text(identity_text + "\n", "utf-8")
    identities = age.load_identities(identity_file)

    # The reference's signatures: one per attachment file, and one for their concatenation.
    public, secret_file = tmp / "minisign.pub", tmp / "minisign.key"
    run_quiet(["minisign", "-G", "-W", "-p", str(public), "-s", str(secret_file)])
    signatures = tmp / "signatures"  # kept out of the profile's attachments folder
    signatures.mkdir()
    signed = [(f, signatures / f"{f.name}.minisig") for f in files]
    for f, signature in signed:
        run_quiet(["minisign", "-S", "-s", str(secret_file), "-x", str(signature), "-m", str(f)])
    joined = tmp / "attachments.cat"
    with joined.open("wb") as out:
        for f in files:
            out.write(f.read_bytes())
    run_quiet(["minisign", "-S", "-s", str(secret_file), "-m", str(joined)])

    def sha256sum() -> None:
        run_quiet(["sha256sum", *map(str, files)])

    def openssl_sha256() -> None:
        run_quiet(["openssl", "dgst", "-sha256", *map(str, files)])

    def minisign_each() -> None:
        for f, signature in signed:
            run_quiet(
                ["minisign", "-V", "-q", "-p", str(public), "-x", str(signature), "-m", str(f)]
            )

    def minisign_joined() -> None:
        run_quiet(["minisign", "-V", "-q", "-p", str(public), "-m", str(joined)])

    out_dir = tmp / "bundles"
    out_dir.mkdir()

    def export(recipients: list[str] | None, target: Path) -> None:
        group.exports.export(draft_id, target, PASSPHRASE, recipients, "light")

    def verify(path: Path, keys: list[object] | None) -> None:
        with open_bundle(path, keys) as bundle:
            coact.inbox.assess(bundle)
            assert len(bundle.media) == len(files)

    # Warm up every path once (imports, page cache, the database), untimed.
    has_openssl = shutil.which("openssl") is not None
    for step in (sha256sum, minisign_each, minisign_joined, *([openssl_sha256] * has_openssl)):
        step()
    encrypted, plain = out_dir / "warm-encrypted.coact", out_dir / "warm.coact"
    export([recipient], encrypted)
    export(None, plain)
    verify(encrypted, identities)
    verify(plain, None)
    sizes = {"encrypted": encrypted.stat().st_size, "unencrypted": plain.stat().st_size}
    if args.profile:
        profile("export (encrypted)", export, [recipient], out_dir / "profile-encrypted.coact")
        profile("export (--no-encrypt)", export, None, out_dir / "profile.coact")
        profile("verify (encrypted)", verify, encrypted, identities)
        profile("verify (unencrypted)", verify, plain, None)
    for path in out_dir.iterdir():
        path.unlink()

    names = [
        "sha256sum",
        "minisign -V, each file",
        "minisign -V, one concatenated file",
        "openssl dgst -sha256",
        "export (encrypted)",
        "export (--no-encrypt)",
        "verify (encrypted)",
        "verify (unencrypted)",
    ]
    times: dict[str, list[float]] = {name: [] for name in names}
    print(f"measuring: {args.runs} runs ...", flush=True)
    for run in range(args.runs):
        times["sha256sum"].append(timed(sha256sum))
        times["minisign -V, each file"].append(timed(minisign_each))
        times["minisign -V, one concatenated file"].append(timed(minisign_joined))
        if has_openssl:
            times["openssl dgst -sha256"].append(timed(openssl_sha256))
        encrypted, plain = out_dir / f"run-{run}-encrypted.coact", out_dir / f"run-{run}.coact"
        times["export (encrypted)"].append(timed(export, [recipient], encrypted))
        times["export (--no-encrypt)"].append(timed(export, None, plain))
        times["verify (encrypted)"].append(timed(verify, encrypted, identities))
        times["verify (unencrypted)"].append(timed(verify, plain, None))
        if not (args.keep and run == args.runs - 1):
            encrypted.unlink()
            plain.unlink()
    group.close()
    coact.close()
    report(args, payload, len(files), sizes, unlock_times, times)
    return 0


def profile(what: str, operation: Callable[..., object], *args: object) -> None:
    """cProfile one call and print where its time went."""
    profiler = cProfile.Profile()
    profiler.enable()
    operation(*args)
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
    lines = [line for line in text.getvalue().splitlines() if line.strip()]
    print(f"\ncProfile, {what}, by own time:")
    for line in lines[1:]:
        print(f"  {line}")


# -- reporting --------------------------------------------------------------------------------


def summed(a: list[float], b: list[float]) -> list[float]:
    """Two measurements of the same runs added run by run."""
    return [x + y for x, y in zip(a, b, strict=True)]


def report(
    args: argparse.Namespace,
    payload: int,
    count: int,
    sizes: dict[str, int],
    unlock_times: list[float],
    times: dict[str, list[float]],
) -> None:
    """The markdown table against the budget, then the reference's parts and alternatives."""
    mb = payload / 1e6
    ours = [
        "export (encrypted)",
        "export (--no-encrypt)",
        "verify (encrypted)",
        "verify (unencrypted)",
    ]
    reference = summed(times["sha256sum"], times["minisign -V, each file"])
    base = statistics.median(reference)
    print(
        f"\nbundle benchmark: python {platform.python_version()}, {args.runs} runs, "
        f"{count} attachments, {mb:.1f} MB in all (warm page cache)"
    )
    print(
        f"bundle size: encrypted {sizes['encrypted'] / 1e6:.1f} MB, "
        f"unencrypted {sizes['unencrypted'] / 1e6:.1f} MB\n"
    )
    print("| what | time (median) | best | MB/s | ratio to reference | budget | verdict |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")

    def row(name: str, values: list[float], judged: bool) -> None:
        median = statistics.median(values)
        ratio = median / base
        verdict = ("PASS" if ratio <= BUDGET_RATIO else "OVER") if judged else "-"
        budget = f"<= {BUDGET_RATIO:g}x" if judged else "-"
        print(
            f"| {name} | {median * 1000:.0f} ms | {min(values) * 1000:.0f} ms | "
            f"{mb / median:.0f} | {ratio:.2f}x | {budget} | {verdict} |"
        )

    row(f"reference: sha256sum + minisign -V ({count} files)", reference, False)
    for name in ours:
        row(name, times[name], True)
    print(
        f"\nkey unlock (scrypt, light work factor), not in the export rows: median "
        f"{statistics.median(unlock_times) * 1000:.0f} ms"
    )

    print("\nthe reference's parts:\n")
    print("| what | time (median) | best | MB/s |")
    print("| --- | ---: | ---: | ---: |")
    parts = ["sha256sum", "minisign -V, each file", "minisign -V, one concatenated file"]
    if times["openssl dgst -sha256"]:
        parts.append("openssl dgst -sha256")
    for name in parts:
        median = statistics.median(times[name])
        print(
            f"| {name} | {median * 1000:.0f} ms | {min(times[name]) * 1000:.0f} ms | "
            f"{mb / median:.0f} |"
        )

    # Stricter readings of the budget, for information: no verdict.
    others = {
        "sha256sum + minisign -V of one concatenated file": summed(
            times["sha256sum"], times["minisign -V, one concatenated file"]
        )
    }
    if times["openssl dgst -sha256"]:
        others["openssl dgst -sha256 + minisign -V, each file"] = summed(
            times["openssl dgst -sha256"], times["minisign -V, each file"]
        )
    print("\nratios against other references (for information; the budget names sha256sum):\n")
    print("| reference | its median | " + " | ".join(ours) + " |")
    print("| --- | ---: |" + " ---: |" * len(ours))
    for name, values in others.items():
        median = statistics.median(values)
        ratios = " | ".join(f"{statistics.median(times[o]) / median:.2f}x" for o in ours)
        print(f"| {name} | {median * 1000:.0f} ms | {ratios} |")


if __name__ == "__main__":
    raise SystemExit(main())
