# Shared set-up for run.sh and test.sh; meant to be sourced, not executed.
# Installs only the Debian packages that are missing, configures build/ once, then builds
# incrementally, so a second run costs no apt call and almost no time.

NL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$NL_ROOT"
source scripts/packages.sh

NL_PACKAGES=(build-essential cmake ninja-build file qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
             libeigen3-dev qt6-translations-l10n fonts-noto-cjk xvfb xauth)

nl_build() {
  if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}"
  fi
  cmake --build build -j"$(nproc)"
}

nl_install_packages "${NL_PACKAGES[@]}"
nl_build
