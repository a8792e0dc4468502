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
