#!/usr/bin/env bash
# Recovery copies of windows that are not drawn: three real windows of the app under Xvfb with a
# window manager (openbox), a value applied in each; the first is then covered by the second and
# the third minimised. Each window must have written its recovery copy within 35 s of its change,
# although the covered and the minimised ones draw no frame. Needs xvfb, xdotool and openbox.
# SHOTS=DIR keeps a screenshot of each window after its change; KEEP=1 keeps the scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
missing=()
for package in xvfb xdotool openbox; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cargo build --locked
app=target/debug/lotrinh
scratch=$(mktemp -d)
echo "scratch: $scratch"
export LOTRINH_DATA_DIR=$scratch/data
pids=()
fail() {
  echo "hidden-window: $*" >&2
  exit 1
}
cleanup() {
  for pid in "${pids[@]}" $(cat "$scratch/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  [ -n "${KEEP:-}" ] || rm -rf "$scratch"
}
trap cleanup EXIT

display=""
for d in $(seq 150 199); do
  [[ -e /tmp/.X11-unix/X$d || -e /tmp/.X$d-lock ]] || { display=$d; break; }
done
[ -n "$display" ] || fail "no free X display"
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=:$display
sleep 1
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

# Opens a copy of the demo plan in a window of its own, applies a value in the period grid and
# prints the window's id and its process; the window ends up on top, at the same place and size as the others.
open_and_change() {
  local name=$1 plan=$scratch/$1.ron window=""
  cp examples/xa-demo.ron "$plan"
  "$app" "$plan" >"$scratch/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" >>"$scratch/pids"
  for _ in $(seq 60); do
    window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1) && [ -n "$window" ] && break
    sleep 0.5
  done
  [ -n "$window" ] || fail "window $name did not open"
  xdotool windowmove "$window" 0 0 windowsize "$window" 1200 700
  xdotool windowactivate --sync "$window" 2>/dev/null || true
  sleep 2
  xdotool key --window "$window" ctrl+e && sleep 1
  xdotool type --delay 60 "14" && xdotool key Return && xdotool key ctrl+Return
  sleep 1
  [ -z "${SHOTS:-}" ] || import -window root "$SHOTS/$name.png"
  echo "$window $pid"
}

# Waits until the window of process $1 has its recovery copy, at most until $2 (seconds since the
# epoch).
wait_for_copy() {
  local pid=$1 deadline=$2
  while [ "$(date +%s)" -le "$deadline" ]; do
    compgen -G "$LOTRINH_DATA_DIR/recovery-$pid-*.ron" >/dev/null && return 0
    sleep 1
  done
  return 1
}

read -r covered covered_pid < <(open_and_change covered)
covered_changed=$(date +%s)
read -r _ top_pid < <(open_and_change on-top)
top_changed=$(date +%s)
# The mouse rests on the window on top.
xdotool mousemove 600 400
wait_for_copy "$covered_pid" $((covered_changed + 35)) ||
  fail "no recovery copy from the covered window 35 s after its change"
echo "covered window: recovery copy written while another window was on top, $(($(date +%s) - covered_changed)) s after its change"
wait_for_copy "$top_pid" $((top_changed + 35)) ||
  fail "no recovery copy from the window on top 35 s after its change"
echo "window on top: recovery copy written $(($(date +%s) - top_changed)) s after its change"

read -r minimised minimised_pid < <(open_and_change minimised)
minimised_changed=$(date +%s)
xdotool windowminimize "$minimised"
xdotool windowactivate --sync "$covered" 2>/dev/null || true
wait_for_copy "$minimised_pid" $((minimised_changed + 35)) ||
  fail "no recovery copy from the minimised window 35 s after its change"
echo "minimised window: recovery copy written while minimised, $(($(date +%s) - minimised_changed)) s after its change"
