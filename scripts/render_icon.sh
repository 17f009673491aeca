#!/usr/bin/env bash
# Renders assets/icon/sinhhoat.svg to the PNG sizes the desktop entry, the package and the
# window use, and to the Windows .ico. Needs rsvg-convert (Debian: librsvg2-bin) and
# ImageMagick's convert. The outputs are committed, so building never needs these tools.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" sinhhoat.svg --output "sinhhoat-$size.png"
done
convert sinhhoat-16.png sinhhoat-32.png sinhhoat-48.png sinhhoat-256.png sinhhoat.ico
