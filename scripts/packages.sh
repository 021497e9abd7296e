# Installs Debian packages only when some are missing; sourced by setup.sh, check-sanitizers.sh
# and fuzz.sh, not executed. A run with everything present makes no apt call.

# Prints each of the given packages that is not installed.
nl_missing_packages() {
  local pkg status
  for pkg in "$@"; do
    # dpkg-query fails for unknown packages and reports e.g. "deinstall ok config-files" for removed ones.
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
      echo "$pkg"
    fi
  done
}

# Installs those of the given packages that are missing (through sudo when not root).
nl_install_packages() {
  local missing
  mapfile -t missing < <(nl_missing_packages "$@")
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
