#!/usr/bin/env bash
# Starts a private Virtuoso (Debian's virtuoso-opensource-7) for tests and
# benchmarks: loopback ports, its own ini and database in DIR, never the
# packaged service. Prints "pid=... sql=... http=..." once it answers both
# on its SQL port and over HTTP; stop it with stop.sh DIR (by its PID).
#
#   scripts/virtuoso/start.sh DIR [SQL_PORT [HTTP_PORT]]
#
# Environment:
#   VIRTUOSO_DBA_PASSWORD  new password of the dba account (default: left as "dba")
#   VIRTUOSO_DIRS_ALLOWED  extra folders bulk loads may read, comma-separated
#   VIRTUOSO_BUFFERS       NumberOfBuffers (8 KiB pages; default 100000, about 0.8 GB)
#   VIRTUOSO_START_TIMEOUT seconds to wait for it to come up (default 60)
#   VIRTUOSO_WATCH_PID     stop Virtuoso when this process ends (a test run that is
#                          killed before it can call stop.sh leaves no server behind)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:?usage: start.sh DIR [SQL_PORT [HTTP_PORT]]}"
sql_port="${2:-21111}"
http_port="${3:-28890}"
buffers="${VIRTUOSO_BUFFERS:-100000}"
timeout="${VIRTUOSO_START_TIMEOUT:-60}"
binary="$(command -v virtuoso-t || true)"
isql="$(command -v isql-vt || true)"
if [[ -z "$binary" || -z "$isql" ]]; then
  echo "start.sh: virtuoso-t / isql-vt not found: apt-get install virtuoso-opensource-7" >&2
  exit 3
fi

mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
if [[ -f "$dir/virtuoso.pid" ]] && kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
  echo "start.sh: a Virtuoso already runs from $dir (pid $(cat "$dir/virtuoso.pid"))" >&2
  exit 1
fi
allowed="., $dir, /usr/share/virtuoso-opensource-7/vad"
if [[ -n "${VIRTUOSO_DIRS_ALLOWED:-}" ]]; then allowed="$allowed, $VIRTUOSO_DIRS_ALLOWED"; fi

sed -e "s|{{DIR}}|$dir|g" \
    -e "s|{{SQL_PORT}}|$sql_port|g" \
    -e "s|{{HTTP_PORT}}|$http_port|g" \
    -e "s|{{DIRS_ALLOWED}}|$allowed|g" \
    -e "s|{{BUFFERS}}|$buffers|g" \
    -e "s|{{DIRTY_BUFFERS}}|$((buffers * 3 / 4))|g" \
    "$here/virtuoso.ini.template" > "$dir/virtuoso.ini"

# Foreground mode keeps the PID that $! names; its output goes to files so
# that whoever ran this script is not kept waiting on a pipe.
cd "$dir"
"$binary" +foreground +configfile "$dir/virtuoso.ini" </dev/null >"$dir/server.out" 2>&1 &
pid=$!
echo "$pid" > "$dir/virtuoso.pid"

http_up() {
  (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null
}

deadline=$((SECONDS + timeout))
password=dba
until "$isql" "127.0.0.1:$sql_port" dba "$password" "EXEC=select 1;" >/dev/null 2>&1 && http_up; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start.sh: virtuoso-t exited while starting; last lines of its log:" >&2
    tail -n 20 "$dir/virtuoso.log" "$dir/server.out" >&2 2>/dev/null || true
    rm -f "$dir/virtuoso.pid"
    exit 1
  fi
  if (( SECONDS >= deadline )); then
    echo "start.sh: virtuoso-t did not answer within ${timeout} s; stopping it (pid $pid)" >&2
    tail -n 20 "$dir/virtuoso.log" >&2 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/virtuoso.pid"
    exit 1
  fi
  sleep 0.3
done

if [[ -n "${VIRTUOSO_DBA_PASSWORD:-}" && "$VIRTUOSO_DBA_PASSWORD" != dba ]]; then
  # Through standard input, so the password is not on a command line; the
  # checkpoint keeps the change across a restart.
  printf "SET PASSWORD dba \"%s\";\ncheckpoint;\n" "$VIRTUOSO_DBA_PASSWORD" \
    | "$isql" "127.0.0.1:$sql_port" dba dba >/dev/null
  "$isql" "127.0.0.1:$sql_port" dba "$VIRTUOSO_DBA_PASSWORD" "EXEC=select 1;" >/dev/null
fi

if [[ -n "${VIRTUOSO_WATCH_PID:-}" ]]; then
  # Polls every 2 s while both live; ends with either of them.
  (
    while kill -0 "$VIRTUOSO_WATCH_PID" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 2; done
    if kill -0 "$pid" 2>/dev/null && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == virtuoso-t ]]; then
      kill -TERM "$pid" 2>/dev/null || true
    fi
  ) </dev/null >/dev/null 2>&1 &
  disown
fi

echo "pid=$pid sql=127.0.0.1:$sql_port http=http://127.0.0.1:$http_port/"
