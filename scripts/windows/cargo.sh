#!/usr/bin/env bash
# Runs Debian's own cargo (the `cargo-web` package, with `rustc-web` and `rust-web-src`) for the
# Windows target x86_64-pc-windows-gnu: std is built from its source (-Zbuild-std; Debian ships
# no Windows std) and linked with MinGW-w64. rustup's toolchain is kept out of the way: a PATH
# without ~/.cargo/bin, so rust-toolchain.toml does not send the build back to rustup.
# Usage: scripts/windows/cargo.sh build --release --features sound   (any cargo subcommand)
set -euo pipefail
cd "$(dirname "$0")/../.."
subcommand="$1"
shift
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
export RUSTC=/usr/bin/rustc
# -Zbuild-std is unstable; Debian's compiler is a release build, so it is allowed explicitly.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc-posix
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc-posix
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export WINDRES=x86_64-w64-mingw32-windres
unset RUSTUP_TOOLCHAIN RUSTUP_HOME
exec /usr/bin/cargo "$subcommand" --locked --target x86_64-pc-windows-gnu \
  -Zbuild-std=std,panic_abort --target-dir target/windows "$@"
