#!/usr/bin/env bash
# Stops the Virtuoso that start.sh started from DIR, by the PID it recorded:
# SIGTERM (it checkpoints and exits), then SIGKILL after 30 s.
#
#   scripts/virtuoso/stop.sh DIR
set -euo pipefail
dir="${1:?usage: stop.sh DIR}"
pidfile="$dir/virtuoso.pid"
if [[ ! -f "$pidfile" ]]; then
  echo "stop.sh: no $pidfile: nothing to stop" >&2
  exit 0
fi
pid="$(cat "$pidfile")"
if [[ ! "$pid" =~ ^[0-9]+$ ]]; then
  echo "stop.sh: $pidfile does not hold a PID" >&2
  exit 1
fi
if ! kill -0 "$pid" 2>/dev/null; then
  rm -f "$pidfile"
  exit 0
fi
if [[ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" != virtuoso-t ]]; then
  echo "stop.sh: process $pid is not virtuoso-t; not stopping it" >&2
  rm -f "$pidfile"
  exit 1
fi
kill -TERM "$pid"
for _ in $(seq 1 150); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; exit 0; }
  sleep 0.2
done
echo "stop.sh: virtuoso-t (pid $pid) still runs after 30 s: SIGKILL" >&2
kill -KILL "$pid" 2>/dev/null || true
rm -f "$pidfile"
