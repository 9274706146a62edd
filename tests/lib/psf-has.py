#!/usr/bin/env python3
"""Whether a Linux console font (PSF1 or PSF2, gzipped or not) has a glyph
for every character given. Usage: psf-has.py FONT CHARS; exit 0 when all
are there, else 1 with the missing ones printed."""
import gzip
import struct
import sys


def unicode_chars(path):
    data = open(path, "rb").read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    found = set()
    if data[:4] == b"\x72\xb5\x4a\x86":  # PSF2
        _, header, flags, count, size, _, _ = struct.unpack("<7I", data[4:32])
        if flags & 1:
            for entry in data[header + count * size:].split(b"\xff"):
                found.update(entry.split(b"\xfe")[0].decode("utf-8", "ignore"))
    elif data[:2] == b"\x36\x04":  # PSF1
        mode, height = data[2], data[3]
        count = 512 if mode & 1 else 256
        if mode & 2:
            table = data[4 + count * height:]
            for i in range(0, len(table) - 1, 2):
                (u,) = struct.unpack("<H", table[i:i + 2])
                if u not in (0xFFFF, 0xFFFE):
                    found.add(chr(u))
    return found


def main():
    have = unicode_chars(sys.argv[1])
    missing = [c for c in sys.argv[2] if c not in have]
    if missing:
        print("missing:", "".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
