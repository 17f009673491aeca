#!/usr/bin/env bash
# The Windows program, built and checked here under Wine; .ci/run calls this after the Linux
# build and tests, with SINHHOAT_RELEASE_BINARY naming the Linux release binary.
#
# 1. Cross-builds the release sinhhoat.exe with the sound cues and the tests for Windows
#    (scripts/windows/cargo.sh: Debian's rustc-web, std built from rust-web-src, MinGW-w64)
#    and makes the console twin sinhhoat.com (scripts/windows/console_twin.py).
# 2. Makes a Wine prefix of its own (scripts/windows/prefix.sh), for a Windows user named
#    "Nguyễn Văn An".
# 3. Runs the library's and the command line's tests built for Windows, under Wine.
# 4. Exports the sample session with the Windows program and with the Linux one: Markdown, HTML
#    and CSV byte for byte the same; the .docx read by python-docx (scripts/check_docx.py).
# 5. Runs real-window tests against the .exe under Wine on Xvfb, keys sent by xdotool from the
#    Linux side: a short meeting with its timings, a kill -9 mid-speech and the restart, the
#    second instance, and tests/windows_program.rs (no console, the console twin, the icon
#    and version, display scaling at 125 % and 150 %).
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/install_packages.sh gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wine wine64 icoutils openbox x11-utils \
  xvfb xdotool python3-docx rustc-web cargo-web rust-web-src
# The crate needs Rust 1.95: Debian 12 first installs rustc-web 1.85; its security updates
# bring a newer one.
if ! /usr/bin/rustc --version | awk '{ split($2, v, "."); exit !(v[1] > 1 || v[2] >= 95) }'; then
  scripts/install_packages.sh --newest rustc-web cargo-web rust-web-src
fi

# One build serves both: the test programs and, beside them, the release sinhhoat.exe with the
# sound cues that the command line's tests run (built with the features the tests' own
# dependencies switch on; a second build of it alone would add minutes and test nothing more).
tests=(--lib --test cli --test exports --test report --test round_trip --test hostile --test data_dir --test ui_shell)
scripts/windows/cargo.sh test --release --features sound --no-run "${tests[@]}"
exe="$PWD/target/windows/x86_64-pc-windows-gnu/release/sinhhoat.exe"
twin="$(python3 scripts/windows/console_twin.py "$exe")"

work="$(mktemp -d)"
scripts/windows/prefix.sh "$work"
# shellcheck source=/dev/null
. "$work/wine.env"

CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$PWD/scripts/windows/run.sh" \
  scripts/windows/cargo.sh test --release --features sound "${tests[@]}"

sample_z="Z:$(echo "$PWD/sessions/sample-q2-2020.json" | tr / '\\')"
for format in md html csv docx; do
  "$SINHHOAT_RELEASE_BINARY" export sessions/sample-q2-2020.json --format "$format" -o "$work/linux.$format" >/dev/null
  scripts/windows/run.sh "$twin" export "$sample_z" --format "$format" \
    -o "Z:$(echo "$work/windows.$format" | tr / '\\')" >/dev/null
done
for format in md html csv; do
  cmp "$work/linux.$format" "$work/windows.$format"
done
/usr/bin/python3 scripts/check_docx.py "$work/windows.docx"
wineserver -k || true
wineserver -w

SINHHOAT_WINDOWS_EXE="$exe" cargo test --locked --test window --test window_start --test windows_program -- \
  a_short_meeting_driven_by_keys killed_during_a_speech a_second_window_on_the_same_sessions \
  started_as_explorer_starts_it typed_in_a_console the_program_carries_its_icon at_125_and_150_percent
