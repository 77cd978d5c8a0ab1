#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root or through sudo), builds MyoChart and opens it
# on a ready demo clinic. The demo clinic is its own file (demo-clinic.myochart in the data
# folder), never the therapist's database.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup.sh build run
cmake --preset release
cmake --build --preset release
cli=build/release/app/cli/myochart-cli
data="${XDG_DATA_HOME:-$HOME/.local/share}/myochart"
demo="$data/demo-clinic.myochart"
if [ ! -f "$demo" ]; then
  "$cli" demo --clients 300 --seed 1 --out "$demo"
fi

# The desktop app is not built yet: show the headless flow on the demo clinic instead.
out=build/demo-output
mkdir -p "$out"
echo
echo "== Demo clinic: $demo"
"$cli" --db "$demo" client list --limit 8
client=$("$cli" --db "$demo" --json client search "a" --limit 1 | sed -n 's/.*"id": \([0-9]*\).*/\1/p' | head -n 1)
echo
echo "== One client's record"
"$cli" --db "$demo" client show "$client"
echo
echo "== Sessions"
"$cli" --db "$demo" session list "$client"
session=$("$cli" --db "$demo" --json session list "$client" | sed -n 's/.*"id": \([0-9]*\).*/\1/p' | head -n 1)
echo
echo "== Latest session"
"$cli" --db "$demo" session show "$session"
for view in posterior anterior; do
  "$cli" --db "$demo" chart render "$session" --view "$view" --compare-previous --out "$out/session-$session-$view.png"
done
"$cli" --db "$demo" chart render "$session" --view posterior --out "$out/session-$session-posterior.pdf"
echo
echo "Charts of that session are in $(pwd)/$out:"
ls -1 "$out"
echo
echo "Try: $cli --db $demo client search <name>   (and --help on any command)"
