#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root or through sudo), builds MyoChart and opens the
# desktop app on a ready demo clinic. The demo clinic is its own file (demo-clinic.myochart in
# the data folder), never the therapist's database. Without a display (DISPLAY and
# WAYLAND_DISPLAY unset: a server, CI) it shows the same clinic headless with myochart-cli.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup.sh build run
cmake --preset release
cmake --build --preset release
cli=build/release/app/cli/myochart-cli
app=build/release/app/gui/myochart
data="${XDG_DATA_HOME:-$HOME/.local/share}/myochart"
demo="$data/demo-clinic.myochart"
if [ ! -f "$demo" ]; then
  "$cli" demo --clients 300 --seed 1 --out "$demo"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Opening MyoChart on the demo clinic: $demo"
  exec "$app" --db "$demo"
fi

# No display: the headless flow on the demo clinic instead.
out=build/demo-output
mkdir -p "$out"
echo
echo "No display: showing the demo clinic with myochart-cli (run this script in a desktop"
echo "session to open the app)."
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
"$cli" --db "$demo" session report "$session" --out "$out/session-$session-report.pdf"
echo
echo "Charts and the report of that session are in $(pwd)/$out:"
ls -1 "$out"
echo
echo "Try: $cli --db $demo client search <name>   (and --help on any command)"
