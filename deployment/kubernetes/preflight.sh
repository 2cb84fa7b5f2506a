#!/usr/bin/env bash
# Renders an overlay and refuses it while a placeholder value (a host under .example) is left: the site values
# live in overlays/<overlay>/site.yaml. Prints the rendering, or with --apply applies it (server-side, the one
# apply mode used everywhere, docs/operations.md).
# Usage: deployment/kubernetes/preflight.sh <staging|production> [--apply]
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
overlay="${1:?usage: preflight.sh <staging|production> [--apply]}"
rendered="$(kubectl kustomize "$dir/overlays/$overlay")"
left="$(grep -nE '\.example([^A-Za-z0-9-]|$)' <<<"$rendered" || true)"
if [ -n "$left" ]; then
  echo "preflight: $overlay still has placeholder values (.example); set the real ones in overlays/$overlay/site.yaml:" >&2
  echo "$left" >&2
  exit 1
fi
if [ "${2:-}" = "--apply" ]; then
  kubectl apply --server-side -f - <<<"$rendered"
else
  printf '%s\n' "$rendered"
fi
