#!/usr/bin/env bash
# Runs a Windows program under Wine as the test prefix's own user: cargo's runner for the
# Windows target in scripts/windows/check.sh, with the variables of the prefix's wine.env.
set -euo pipefail
HOME="$WINE_HOME" USER="$WINE_USER" exec timeout 600 wine "$@"
