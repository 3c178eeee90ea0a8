#!/usr/bin/env bash
# The Linux package: builds target/deb/lotrinh_VERSION_amd64.deb from the release binary with
# Debian's own dpkg-deb (cargo-deb does the same from Cargo.toml metadata, but is one more tool to
# build; the package is small enough to lay out here). With --check (run by .ci/run, as root), it
# also installs the package, validates its desktop entry, checks that a plan file is recognised as
# a Lộ Trình plan, starts the installed binary in a real window, and removes the package again.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
stage=target/deb/stage
deb=target/deb/lotrinh_${version}_amd64.deb

cargo build --locked --release --bin lotrinh
rm -rf "$stage"
install -Dm755 target/release/lotrinh "$stage/usr/bin/lotrinh"
install -Dm644 assets/linux/vn.lotrinh.Lotrinh.desktop \
  "$stage/usr/share/applications/vn.lotrinh.Lotrinh.desktop"
install -Dm644 assets/linux/lotrinh.xml "$stage/usr/share/mime/packages/lotrinh.xml"
install -Dm644 assets/icon/lotrinh.svg "$stage/usr/share/icons/hicolor/scalable/apps/lotrinh.svg"
install -Dm644 assets/icon/lotrinh-256.png "$stage/usr/share/icons/hicolor/256x256/apps/lotrinh.png"
install -Dm644 assets/icon/lotrinh-128.png "$stage/usr/share/icons/hicolor/128x128/apps/lotrinh.png"
install -Dm644 README.md "$stage/usr/share/doc/lotrinh/README.md"
install -Dm644 LICENSE "$stage/usr/share/doc/lotrinh/copyright"
for plan in examples/*.ron; do
  install -Dm644 "$plan" "$stage/usr/share/doc/lotrinh/examples/$(basename "$plan")"
done

# The libraries the binary links (dpkg-shlibdeps), and those the window opens at run time.
mkdir -p "$stage/debian"
printf 'Source: lotrinh\n\nPackage: lotrinh\nArchitecture: amd64\n' >"$stage/debian/control"
linked=$(cd "$stage" && dpkg-shlibdeps -O usr/bin/lotrinh 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$stage/debian"
mkdir -p "$stage/DEBIAN"
cat >"$stage/DEBIAN/control" <<EOF
Package: lotrinh
Version: $version
Architecture: amd64
Maintainer: Lộ Trình <lotrinh@localhost>
Section: misc
Priority: optional
Installed-Size: $(du -sk "$stage/usr" | cut -f1)
Depends: $linked, libgl1 | libegl1, libx11-6, libxcursor1, libxrandr2, libxi6, libxkbcommon-x11-0
Recommends: libvulkan1, libwayland-client0, libwayland-cursor0, libwayland-egl1, xdg-desktop-portal-gtk | xdg-desktop-portal
Description: offline planner for local digital-transformation targets
 Lộ Trình (kế hoạch chuyển đổi số) lets a commune, ward or province office enter
 indicator values, set 2025 and 2030 targets like the resolutions, see what is
 achieved, on track or at risk, and print reports in the administrative layout.
 Plans are local .ron files; nothing needs the internet.
EOF
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb: $(stat -c %s "$deb") bytes"

[ "${1:-}" = "--check" ] || exit 0
dpkg -i "$deb" >/dev/null
desktop-file-validate /usr/share/applications/vn.lotrinh.Lotrinh.desktop
update-mime-database /usr/share/mime
content_type() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
type=$(content_type examples/xa-demo.ron)
[ "$type" = "application/x-lotrinh-plan" ] || { echo "a plan is not recognised: '$type'" >&2; exit 1; }
type=$(content_type examples/tong-hop-12-xa/tong-hop.ron)
[ "$type" = "application/x-lotrinh-collection" ] || { echo "a collection is not recognised: '$type'" >&2; exit 1; }
LOTRINH_DATA_DIR="$(mktemp -d)" xvfb-run -a -s "-screen 0 1366x768x24" \
  /usr/bin/lotrinh --smoke 10 /usr/share/doc/lotrinh/examples/xa-demo.ron
dpkg -r lotrinh >/dev/null
echo "the .deb installs, its desktop entry validates, plans are recognised, the installed binary starts"
