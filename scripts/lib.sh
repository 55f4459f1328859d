# Shared helpers for scripts/start and scripts/test. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; STEP_START=$(date +%s); }
done_step() { printf '    (%ss)\n' "$(( $(date +%s) - STEP_START ))"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian/Ubuntu packages Passerelle needs to build and run (and, with "test", to be tested).
APP_PACKAGES=(build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev librsvg2-dev libxdo-dev)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus-x11 gnome-keyring poppler-utils)

install_packages() {
  local wanted=("$@") missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    done_step
  fi
}

ensure_toolchains() {
  if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
      export PATH="$HOME/.cargo/bin:$PATH"
    else
      step "Installing Rust (rustup, stable)"
      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
      export PATH="$HOME/.cargo/bin:$PATH"
      done_step
    fi
  fi
  if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    echo "Passerelle needs Node.js 20 or newer (with npm). Install it, e.g. from https://nodejs.org or your distribution, then run this again." >&2
    exit 1
  fi
}

# npm install, not npm ci: the registry may serve only the Linux builds of
# @tauri-apps/cli, which makes `npm ci` fail on the lockfile's other platforms.
npm_install() {
  local dir="$1"
  step "npm install in $dir"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
  done_step
}

build_ui() {
  npm_install ui
  step "Building the UI (ui/dist)"
  (cd ui && npm run build --silent)
  done_step
}
