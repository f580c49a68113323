#!/usr/bin/env bash
# Renders the application icon (resources/icons/mygpt.svg) into what the packages install:
# hicolor PNGs for Linux, mygpt.ico for Windows, mygpt.icns for macOS. The results are
# committed, so building needs none of these tools; run this again after changing the SVG.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../.."

svg=resources/icons/mygpt.svg
out=packaging/icons/hicolor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$out/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png "$svg" \
        --output "$out/${size}x${size}/mygpt.png"
done

# Windows: every size Explorer and the taskbar ask for; 256 is stored as PNG.
icotool --create --output packaging/windows/mygpt.ico \
    "$out/16x16/mygpt.png" "$out/24x24/mygpt.png" "$out/32x32/mygpt.png" \
    "$out/48x48/mygpt.png" "$out/64x64/mygpt.png" --raw="$out/256x256/mygpt.png"

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns packaging/macos/mygpt.icns \
    "$out/16x16/mygpt.png" "$out/32x32/mygpt.png" "$out/48x48/mygpt.png" \
    "$out/128x128/mygpt.png" "$out/256x256/mygpt.png" "$out/512x512/mygpt.png" >/dev/null

echo "Icons written to $out, packaging/windows/mygpt.ico, packaging/macos/mygpt.icns"
