#!/usr/bin/env bash
# The Windows check: builds `lotrinh.exe` (x86_64-pc-windows-gnu) on this Linux machine and runs it
# under Wine, so that every change is checked on Windows semantics (paths, `\r\n`, file sharing,
# the GUI subsystem, %APPDATA%).
#
# Sanctioned sources only: the Rust standard library's source comes from Debian's `rust-src`
# package (the newest suite has 1.97.1; no registry here has a prebuilt Windows std), compiled with
# the installed nightly 1.97 by `-Zbuild-std`, linked by Debian's mingw-w64; crates from crates.io.
# Everything that can be kept between runs (Debian package, toolchain copy, Wine prefix, cargo's
# build directory) is kept under target/windows.
#
# Usage: .ci/windows.sh [--build-only]. Prints the exe's size; exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/windows
mkdir -p "$work"
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

# The Debian version of the standard library's source; the nightly must be of the same release.
rust_src_version="1.97.1+dfsg1-1"
target=x86_64-pc-windows-gnu

install_packages() {
  local packages=(wine wine64 gcc-mingw-w64-x86-64 xvfb xauth xdotool openbox imagemagick
    poppler-utils unzip dpkg-dev)
  local missing=()
  for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Downloads Debian's rust-src with a private package list (the system's sources stay untouched).
fetch_rust_src() {
  [ -f "$work/rust-src/library/Cargo.lock" ] && return
  local apt=$work/apt
  mkdir -p "$apt/etc" "$apt/lists/partial" "$apt/cache/archives/partial"
  echo "deb http://deb.debian.org/debian sid main" >"$apt/etc/sources.list"
  local options=(-o "Dir::Etc::SourceList=$apt/etc/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o APT::Sandbox::User=root)
  apt-get "${options[@]}" -qq update
  (cd "$apt" && apt-get "${options[@]}" -qq download "rust-src=$rust_src_version")
  rm -rf "$apt/x"
  dpkg -x "$apt"/rust-src_*.deb "$apt/x"
  rm -rf "$work/rust-src"
  mv "$apt/x/usr/src/rustc-${rust_src_version%%+*}" "$work/rust-src"
}

# A copy of the nightly toolchain (hard links where the file system allows) with that source as
# its `lib/rustlib/src/rust`, so that the installed toolchain is not changed.
prepare_toolchain() {
  local nightly
  # The compiler must be the 1.97 nightly that matches Debian's rust-src (2026-05-19 here).
  if ! rustup run nightly rustc -V 2>/dev/null | grep -q '^rustc 1\.97\.'; then
    echo "needs rustup's nightly 1.97 (rustup toolchain install nightly-2026-05-19 --profile minimal)" >&2
    exit 1
  fi
  nightly=$(rustup run nightly rustc --print sysroot)
  if [ ! -x "$work/toolchain/bin/rustc" ]; then
    rm -rf "$work/toolchain"
    cp -al "$nightly" "$work/toolchain" 2>/dev/null || cp -a "$nightly" "$work/toolchain"
  fi
  mkdir -p "$work/toolchain/lib/rustlib/src"
  ln -sfn "$work/rust-src" "$work/toolchain/lib/rustlib/src/rust"
}

# Cargo for the Windows target with the toolchain copy.
windows_cargo() {
  PATH="$work/toolchain/bin:$PATH" RUSTC="$work/toolchain/bin/rustc" \
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
    "$work/toolchain/bin/cargo" "$@" --locked -Zbuild-std=std,panic_abort --target "$target" \
    --target-dir "$work/cargo"
}

build_exe() {
  windows_cargo build --release --bin lotrinh
  exe=$work/cargo/$target/release/lotrinh.exe
  local bytes
  bytes=$(stat -c %s "$exe")
  echo "lotrinh.exe: $bytes bytes ($(awk "BEGIN { printf \"%.2f\", $bytes / 1048576 }") MiB)"
}

source "$root/.ci/windows-checks.sh"

install_packages
# Wine and the window check want an X display: everything runs inside one Xvfb at laptop size.
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
fetch_rust_src
prepare_toolchain
build_exe
[ "${1:-}" = "--build-only" ] && exit 0
run_windows_checks
