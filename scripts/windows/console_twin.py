#!/usr/bin/env python3
"""Makes sinhhoat.com, the console twin of the windowed sinhhoat.exe.

sinhhoat.exe is a windowed program (no console window opens with it from Explorer or the Start
menu), so Windows never waits for it in a console and shows nothing it prints. Its twin is the
same program with one field of its PE header changed: the subsystem, from GUI (2) to console
(3), as `editbin /subsystem:console` would set it. Typed in a console, `sinhhoat …` finds
sinhhoat.com first (PATHEXT lists .COM before .EXE), so `sinhhoat check`, `export`, `report`,
`--version` and `--help` print there and return their exit codes.

Usage: console_twin.py path/to/sinhhoat.exe   (writes path/to/sinhhoat.com)
"""

import pathlib
import struct
import sys

GUI, CONSOLE = 2, 3
PE_SIGNATURE = b"PE\0\0"
# The subsystem's offset in the optional header: the same in PE32 and PE32+.
SUBSYSTEM_OFFSET = 68


def subsystem_field(image: bytes) -> int:
    """The file offset of the subsystem field, after checking the headers."""
    if image[:2] != b"MZ":
        raise ValueError("not a Windows program (no MZ header)")
    (pe_offset,) = struct.unpack_from("<I", image, 0x3C)
    if image[pe_offset:pe_offset + 4] != PE_SIGNATURE:
        raise ValueError("not a Windows program (no PE header)")
    optional_header = pe_offset + 4 + 20
    return optional_header + SUBSYSTEM_OFFSET


def main() -> int:
    windowed = pathlib.Path(sys.argv[1])
    image = bytearray(windowed.read_bytes())
    field = subsystem_field(image)
    (subsystem,) = struct.unpack_from("<H", image, field)
    if subsystem != GUI:
        print(f"{windowed}: subsystem {subsystem}, not a windowed program", file=sys.stderr)
        return 1
    struct.pack_into("<H", image, field, CONSOLE)
    twin = windowed.with_suffix(".com")
    twin.write_bytes(image)
    print(twin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
