"""Render resources/icons/coact-desktop.svg to the PNG sizes desktops ask for (after editing it),
and the Windows .ico (every size in one file) from those PNGs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    """Write coact-desktop-<size>.png beside the SVG for every size."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "coact-desktop.svg"))
    if not renderer.isValid():
        sys.exit("the SVG icon could not be read")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"coact-desktop-{size}.png"), "PNG")
    del app
    from PIL import Image

    largest = Image.open(ICONS / f"coact-desktop-{SIZES[-1]}.png")
    # Pillow writes each size from the largest picture; the small ones are the SVG's own above.
    frames = [Image.open(ICONS / f"coact-desktop-{size}.png") for size in SIZES]
    largest.save(
        ICONS / "coact-desktop.ico",
        sizes=[(s, s) for s in SIZES],
        append_images=frames,
        bitmap_format="png",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
