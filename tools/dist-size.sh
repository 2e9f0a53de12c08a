#!/usr/bin/env bash
# Prints each file the site serves with its size and gzip -9 size, and the
# totals: what a visitor downloads on a first visit.
set -euo pipefail
dir=${1:-dist}
total=0
total_gz=0
printf '%10s %10s  %s\n' bytes gzip file
while IFS= read -r -d '' f; do
  bytes=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + bytes))
  total_gz=$((total_gz + gz))
  printf '%10d %10d  %s\n' "$bytes" "$gz" "${f#"$dir"/}"
done < <(find "$dir" -type f -print0 | sort -z)
printf '%10d %10d  %s\n' "$total" "$total_gz" "total"
