#!/usr/bin/env bash
# Installs the Debian packages MyoChart needs (installer/debian-packages.txt), nothing else.
# Usage: tools/setup.sh [group...]   (default: build run test)
# Runs as root, or through sudo when not root. Installs only what is missing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
groups=("$@"); [ ${#groups[@]} -gt 0 ] || groups=(build run test)

wanted=()
while read -r group pkg _; do
  case "$group" in ''|\#*) continue ;; esac
  for g in "${groups[@]}"; do [ "$g" = "$group" ] && wanted+=("$pkg"); done
done < "$here/installer/debian-packages.txt"

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#wanted[@]} packages already installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
