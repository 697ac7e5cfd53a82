# Shared by scripts/run and scripts/test: a Python 3.11+ virtual environment in .venv with the
# project installed, and (when run as root on Debian/Ubuntu) the system libraries Qt needs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DVC_VENV:-$ROOT/.venv}"

# Qt's xcb platform (a real window) and offscreen platform on a bare Debian machine.
QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
         libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
         libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_debs() {
  local missing=()
  for deb in "$@"; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing+=("$deb")
  done
  echo "${missing[@]:-}"
}

install_debs() {
  command -v dpkg-query >/dev/null || { say "Not a Debian/Ubuntu system: install Qt's libraries yourself."; return 0; }
  local missing
  missing="$(missing_debs "$@")"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "Installing system packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "Missing system packages (run once as root): sudo apt-get install -y $missing"
  fi
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "Python 3.11 or newer is required (Debian 12: apt-get install python3 python3-venv)."
  exit 1
}

ensure_venv() {  # ensure_venv EXTRAS  (EXTRAS: "", "test" or "test,bundle")
  local extra="$1" python stamp spec
  if [ ! -x "$VENV/bin/python" ]; then
    python="$(find_python)"
    say "Creating the virtual environment in $VENV"
    if ! "$python" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      [ "$(id -u)" -eq 0 ] && install_debs python3-venv
      "$python" -m venv "$VENV"
    fi
  fi
  spec="."; [ -n "$extra" ] && spec=".[$extra]"
  # Reinstall only when the project's dependencies changed.
  stamp="$VENV/.dvc-installed-$extra-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    say "Installing DVC Desktop and its dependencies ($spec)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    (cd "$ROOT" && "$VENV/bin/python" -m pip install -q -e "$spec")
    rm -f "$VENV"/.dvc-installed-"$extra"-*
    touch "$stamp"
  fi
}
