#!/usr/bin/env bash
# Installs those of the Debian packages named that are missing (quietly, without the
# recommended extras), with sudo when not run as root; with --newest, installs all of them at
# the newest version the package lists offer, even where an older one is installed.
# Usage: scripts/install_packages.sh [--newest] PACKAGE...
set -euo pipefail
newest=false
if [ "${1:-}" = --newest ]; then newest=true; shift; fi
missing=()
for package in "$@"; do
  if $newest; then missing+=("$package"); continue; fi
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
