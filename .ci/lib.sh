# shellcheck shell=bash
# Shared preamble for the .ci/ scripts; source it, don't run it.
# Every script must work from any cwd and from a clean clone, so this helper:
#   - moves to the repository root (the parent of .ci/),
#   - puts node_modules/.bin first on PATH: trunk must find binaryen 132's wasm-opt there before any
#     system wasm-opt (Debian's 108 builds a blank page), and it also gives us npm-installed tools,
#   - makes sure cargo-installed tools (trunk, wasm-bindgen) are found even if the caller's PATH lacks ~/.cargo/bin.
# Nothing here is exported beyond the scripts' own processes.

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
REPO_ROOT="$PWD"
export PATH="$REPO_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Trunk's update check phones home even with offline = true; this machine (and CI) has no general internet.
export TRUNK_SKIP_VERSION_CHECK=true

# Print a line that stands out in long CI logs.
banner() {
  printf '\n==== %s ====\n' "$*"
}

# free_port: a port on 127.0.0.1 that nothing listens on now. Another process may take it before
# we bind it: callers retry.
free_port() {
  node -e 'const s = require("node:net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# start_deploy_serve LOG PORT [NAME=value ...]: runs deploy/serve on PORT in the background with
# those settings (DIST, PREFIX, FRAME_ANCESTORS), its output in LOG, and waits (up to 30 s) until it
# says it serves, which it does once nginx has bound the port. Sets DEPLOY_PID. Fails if it exits
# first (the port was taken, say) or is not serving in time.
DEPLOY_PID=""
start_deploy_serve() {
  local log="$1" port="$2" tries=0
  shift 2
  env "$@" PORT="$port" bash deploy/serve >"$log" 2>&1 &
  DEPLOY_PID=$!
  until grep -q '^deploy/serve: .* serving ' "$log"; do
    if ! kill -0 "$DEPLOY_PID" 2>/dev/null || ((++tries >= 150)); then
      stop_deploy_serve
      return 1
    fi
    sleep 0.2
  done
}

# stop_deploy_serve: stops deploy/serve, if it runs (nginx finishes the requests under way).
stop_deploy_serve() {
  if [[ -n "$DEPLOY_PID" ]]; then
    kill -TERM "$DEPLOY_PID" 2>/dev/null || true
    wait "$DEPLOY_PID" 2>/dev/null || true
    DEPLOY_PID=""
  fi
}
