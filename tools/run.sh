#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root or through sudo), builds MyoChart and opens the
# desktop app on a ready demo clinic. The demo clinic is its own file (demo-clinic.myochart in
# the data folder), never the therapist's database. It first writes headless outputs of the demo
# (charts with referral zones, a session report, a home-care sheet) to build/demo-output, then,
# when there is a display (DISPLAY or WAYLAND_DISPLAY), opens the app.
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

# Headless outputs first (charts with trigger-point referral zones, a home-care sheet), so that
# they exist even on a machine without a display; then the desktop app.
out=build/demo-output
mkdir -p "$out"
echo
echo "The demo clinic through myochart-cli (outputs in $out):"
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
# A recent draft session with trigger points: its lookup findings and a posture assessment of a
# desk worker, then a home-care sheet built from both.
tp_session=$(sqlite3 "$demo" "SELECT s.id FROM sessions s JOIN chart_marks m ON m.session_id = s.id \
  WHERE s.status = 'draft' AND m.kind = 'trigger_point' ORDER BY s.started_at DESC LIMIT 1" || true)
if [ -n "$tp_session" ]; then
  echo
  echo "== Where it hurts -> which muscles (session $tp_session)"
  "$cli" --db "$demo" tp lookup --session "$tp_session" --save || true
  assessed=$(sqlite3 "$demo" "SELECT COUNT(*) FROM posture_assessments WHERE session_id = $tp_session" || echo 0)
  if [ "$assessed" = 0 ]; then
    echo
    echo "== Posture assessment (session $tp_session)"
    "$cli" --db "$demo" posture assess --answers plugins/posture/examples/desk-worker-answers.json \
      --session "$tp_session" || true
  fi
  "$cli" --db "$demo" chart render "$tp_session" --view posterior --out "$out/session-$tp_session-trigger-points.png"
  "$cli" --db "$demo" handout pdf --session "$tp_session" --out "$out/home-care-session-$tp_session.pdf" || true
fi
echo
echo "Charts, a session report and a home-care sheet are in $(pwd)/$out:"
ls -1 "$out"
echo
gui=build/release/app/gui/myochart
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$gui" ]; then
  echo "Opening MyoChart on the demo clinic..."
  exec "$gui" --db "$demo"
fi
echo "No display here: open the desktop app elsewhere with $gui --db $demo"
echo "Try: $cli --db $demo client search <name>   (and --help on any command)"
