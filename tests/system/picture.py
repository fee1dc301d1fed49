"""picture.py — reads the PNGs of the system test (QMP screendumps, the kiosk's own
screenshots) and compares them. 8-bit RGB or RGBA, not interlaced: what qemu and the
kiosk write. Standard library only."""

import struct
import zlib


def read_png(path):
    """(width, height, rows): rows are bytes objects of R, G, B triples."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise ValueError(f"{path}: only 8-bit RGB/RGBA, not interlaced (depth {depth}, colour {color})")
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if bpp == 4:
            rgb = bytearray()
            for x in range(width):
                rgb += line[x * 4:x * 4 + 3]
            rows.append(bytes(rgb))
        else:
            rows.append(bytes(line))
    return width, height, rows


def stats(picture):
    """(share of pixels that are near black, number of distinct colours, mean brightness)."""
    width, height, rows = picture
    dark, colours, total = 0, set(), 0
    for row in rows:
        for x in range(0, len(row), 3):
            r, g, b = row[x], row[x + 1], row[x + 2]
            total += r + g + b
            if r + g + b < 48:
                dark += 1
            if len(colours) < 4096:
                colours.add((r >> 3, g >> 3, b >> 3))
    n = width * height
    return dark / n, len(colours), total / (3 * n)


def likeness(a, b, tolerance=40):
    """Share of pixels whose colours differ by at most tolerance (sum over R, G, B)."""
    if a[0] != b[0] or a[1] != b[1]:
        return 0.0
    same = 0
    for ra, rb in zip(a[2], b[2]):
        for x in range(0, len(ra), 3):
            if abs(ra[x] - rb[x]) + abs(ra[x + 1] - rb[x + 1]) + abs(ra[x + 2] - rb[x + 2]) <= tolerance:
                same += 1
    return same / (a[0] * a[1])


def likeness_where(a, want, other, tolerance=40):
    """Where want and other differ (by more than tolerance): the share of those pixels in
    which a is like want, and their number. Tells which of two renders that differ in a
    small part (a notice) a screendump is, however alike the rest."""
    if not (a[0] == want[0] == other[0] and a[1] == want[1] == other[1]):
        return 0.0, 0
    same = n = 0
    for ra, rw, ro in zip(a[2], want[2], other[2]):
        for x in range(0, len(rw), 3):
            if abs(rw[x] - ro[x]) + abs(rw[x + 1] - ro[x + 1]) + abs(rw[x + 2] - ro[x + 2]) <= tolerance:
                continue
            n += 1
            if abs(ra[x] - rw[x]) + abs(ra[x + 1] - rw[x + 1]) + abs(ra[x + 2] - rw[x + 2]) <= tolerance:
                same += 1
    return (same / n if n else 0.0), n
