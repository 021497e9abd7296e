# Shared set-up for run.sh and test.sh; meant to be sourced, not executed.
# Installs only the Debian packages that are missing, configures build/ once, then builds
# incrementally, so a second run costs no apt call and almost no time.

NL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$NL_ROOT"

NL_PACKAGES=(build-essential cmake ninja-build file qt6-base-dev qt6-charts-dev qt6-tools-dev
             libeigen3-dev qt6-translations-l10n fonts-noto-cjk xvfb xauth)

nl_missing_packages() {
  local pkg status
  for pkg in "${NL_PACKAGES[@]}"; do
    # dpkg-query fails for unknown packages and reports e.g. "deinstall ok config-files" for removed ones.
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
      echo "$pkg"
    fi
  done
}

nl_install_packages() {
  local missing
  mapfile -t missing < <(nl_missing_packages)
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
}

nl_build() {
  if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}"
  fi
  cmake --build build -j"$(nproc)"
}

nl_install_packages
nl_build
