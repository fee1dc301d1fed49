# lrs.sh — sourced by tests that need a real Learning Record Store: Learning Locker's
# statements service (npm xapi-statements 5.0.1, pinned by package-lock.json, installed
# by `make deps` into tests/lrs/node_modules) with its memory store, on loopback only,
# with logins checked by auth.js. lrs_start sets LRS_URL, LRS_KEY and LRS_SECRET;
# lrs_stop ends both processes (SIGTERM, then SIGKILL: a busy service ignores SIGTERM).
# shellcheck shell=bash
lrs_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lrs_pids=()

# A TCP port nobody listens on, from 18000-18999.
lrs_free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((18000 + RANDOM % 1000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

lrs_start() {
  local log=$1
  if [ ! -f "$lrs_dir/node_modules/xapi-statements/dist/index.js" ]; then
    echo "FAIL the LRS is not installed: run make deps (npm ci in tests/lrs)"
    return 1
  fi
  LRS_KEY=kiosk-test-key
  LRS_SECRET=kiosk-test-secret-$RANDOM$RANDOM
  local auth_port lrs_port storage
  storage="$(dirname "$log")/lrs-storage"
  auth_port=$(lrs_free_port) && lrs_port=$(lrs_free_port) || return 1
  LRS_KEY=$LRS_KEY LRS_SECRET=$LRS_SECRET AUTH_PORT=$auth_port node "$lrs_dir/auth.js" >>"$log" 2>&1 &
  lrs_pids+=($!)
  (cd "$lrs_dir" && EXPRESS_PORT=$lrs_port AUTH_REPO=fetch \
    LL_CLIENT_INFO_ENDPOINT="http://127.0.0.1:$auth_port/client" EVENTS_REPO=test \
    MODELS_REPO=memory STORAGE_REPO=memory WINSTON_CONSOLE_LEVEL=error \
    FS_LOCAL_STORAGE_DIR="$storage" EXPRESS_MORGAN_DIRECTORY="$storage" \
    exec node -r ./loopback.js node_modules/xapi-statements/dist/index.js) >>"$log" 2>&1 &
  lrs_pids+=($!)
  LRS_URL="http://127.0.0.1:$lrs_port/xAPI"
  for _ in $(seq 1 150); do # ~1.3 s here; up to 30 s on a loaded machine
    if curl -s -o /dev/null "http://127.0.0.1:$lrs_port/xAPI/about"; then return 0; fi
    sleep 0.2
  done
  echo "FAIL the LRS did not start (see $log)"
  return 1
}

lrs_stop() {
  local pid
  for pid in "${lrs_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${lrs_pids[@]}"; do
    for _ in $(seq 1 25); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  lrs_pids=()
}

# GETs one statement by id; prints the HTTP status.
lrs_get_status() {
  curl -s -o /dev/null -w '%{http_code}' -u "$LRS_KEY:$LRS_SECRET" -H 'X-Experience-API-Version: 1.0.3' \
    "$LRS_URL/statements?statementId=$1"
}
