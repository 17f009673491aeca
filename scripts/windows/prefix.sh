#!/usr/bin/env bash
# Makes a Wine prefix of the tests' own in $1 (the prefix in $1/prefix, Wine's HOME in $1/home,
# so that the prefix's Documents never point into the real home folder) and prints the
# variables that run programs in it. The Windows user is "Nguyễn Văn An": the program then
# lives in C:\users\Nguyễn Văn An\AppData\Roaming, with Vietnamese letters and spaces.
# Wine 8.0 lacks bcryptprimitives.dll, which Rust's std needs (every Windows 10 and 11 has
# it): a stand-in built here from bcryptprimitives.c goes into the prefix, never elsewhere.
# Usage: scripts/windows/prefix.sh DIR && . DIR/wine.env
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$1"
mkdir -p "$root/home"
cat >"$root/wine.env" <<VARIABLES
export WINEPREFIX='$root/prefix'
export WINE_HOME='$root/home'
export WINE_USER='Nguyễn Văn An'
export WINEDEBUG=-all
export WINEDLLOVERRIDES='mscoree,mshtml,winemenubuilder.exe='
VARIABLES
. "$root/wine.env"
# Wine's desktop process keeps the display it starts on: a display of its own, closed after.
display=":$((200 + RANDOM % 300))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
HOME="$WINE_HOME" USER="$WINE_USER" DISPLAY="$display" wine wineboot -i >/dev/null 2>&1
x86_64-w64-mingw32-gcc-posix -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$here/bcryptprimitives.c" -ladvapi32 -Wl,--kill-at
HOME="$WINE_HOME" wineserver -w
