"""Demo pictures, drawn locally with Pillow: no downloads, no third-party rights."""

import io

from PIL import Image as PILImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1600, 900
DEMO_CREDIT = "© Sozialraumkoordination Köln / Demo-Grafik"


def _rgb(hex_colour):
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _mix(colour, other, share):
    return tuple(round(c * (1 - share) + o * share) for c, o in zip(colour, other, strict=True))


def _skyline(draw, colour, base, heights, width):
    x = 0
    for index, height in enumerate(heights):
        draw.rectangle([x, base - height, x + width - 12, base], fill=colour)
        for row in range(base - height + 24, base - 20, 48):
            for col in range(x + 16, x + width - 28, 36):
                draw.rectangle([col, row, col + 14, row + 20], fill=_mix(colour, (255, 255, 255), 0.55))
        x += width + (index % 3) * 10


def _houses(draw, colour, base, count):
    step = WIDTH // count
    for index in range(count):
        x = index * step + 20
        height = 170 + (index % 3) * 40
        draw.rectangle([x, base - height, x + step - 40, base], fill=colour)
        draw.polygon(
            [
                (x - 10, base - height),
                (x + (step - 40) / 2, base - height - 90),
                (x + step - 30, base - height),
            ],
            fill=_mix(colour, (0, 0, 0), 0.25),
        )
        draw.rectangle([x + 30, base - 80, x + 70, base], fill=_mix(colour, (255, 255, 255), 0.6))


def _trees(draw, colour, base, count):
    for index in range(count):
        x = 60 + index * (WIDTH // count)
        radius = 70 + (index % 4) * 15
        draw.rectangle([x - 10, base - 120, x + 10, base], fill=_mix(colour, (60, 40, 20), 0.5))
        draw.ellipse(
            [x - radius, base - 120 - 2 * radius, x + radius, base - 120],
            fill=_mix(colour, (40, 120, 60), 0.5),
        )


MOTIFS = {
    "hochhaus": lambda d, c: _skyline(d, c, 760, [420, 560, 380, 620, 470, 300, 540, 400], 190),
    "siedlung": lambda d, c: _houses(d, c, 760, 7),
    "dorf": lambda d, c: (_houses(d, c, 760, 4), _trees(d, c, 760, 5)),
    "park": lambda d, c: _trees(d, c, 780, 8),
    "fluss": lambda d, c: (
        _skyline(d, c, 560, [180, 240, 160, 280, 200, 150, 260, 210, 170], 170),
        d.rectangle([0, 600, WIDTH, HEIGHT], fill=_mix(c, (120, 170, 220), 0.6)),
    ),
    "bruecke": lambda d, c: (
        d.rectangle([0, 640, WIDTH, HEIGHT], fill=_mix(c, (120, 170, 220), 0.6)),
        d.arc([100, 300, 1500, 1000], 180, 360, fill=c, width=40),
    ),
    "markt": lambda d, c: [
        d.polygon(
            [(x, 520), (x + 90, 420), (x + 180, 520)], fill=_mix(c, (255, 255, 255), 0.2 * (x // 200 % 3))
        )
        or d.rectangle([x + 10, 520, x + 170, 760], fill=c)
        for x in range(40, WIDTH, 210)
    ],
    "kirche": lambda d, c: (
        _houses(d, c, 760, 6),
        d.rectangle([720, 220, 860, 760], fill=c),
        d.polygon([(700, 230), (790, 60), (880, 230)], fill=_mix(c, (0, 0, 0), 0.25)),
    ),
    "fabrik": lambda d, c: (
        _houses(d, c, 760, 5),
        [d.rectangle([x, 260, x + 50, 760], fill=_mix(c, (0, 0, 0), 0.2)) for x in (300, 700, 1100)],
    ),
    "strasse": lambda d, c: (
        _skyline(d, c, 700, [300, 260, 320, 280, 340, 300, 260, 310], 190),
        d.rectangle([0, 700, WIDTH, HEIGHT], fill=(90, 90, 90)),
        [d.rectangle([x, 790, x + 120, 810], fill=(240, 240, 240)) for x in range(40, WIDTH, 240)],
    ),
}


def draw_picture(motif, hex_colour):
    """A stylised illustration of the motif in the given colour, as JPEG bytes."""
    colour = _rgb(hex_colour)
    picture = PILImage.new("RGB", (WIDTH, HEIGHT), _mix(colour, (255, 255, 255), 0.85))
    draw = ImageDraw.Draw(picture)
    for band in range(0, HEIGHT, 6):  # a soft sky
        draw.rectangle(
            [0, band, WIDTH, band + 6], fill=_mix(colour, (255, 255, 255), 0.9 - band / HEIGHT * 0.3)
        )
    draw.ellipse([1250, 90, 1410, 250], fill=(255, 214, 102))
    MOTIFS.get(motif, MOTIFS["siedlung"])(draw, colour)
    draw.rectangle([0, 840, WIDTH, HEIGHT], fill=_mix(colour, (0, 0, 0), 0.35))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()
