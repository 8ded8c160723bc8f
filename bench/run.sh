#!/usr/bin/env bash
# Runs every benchmark, each reporting ratios against a baseline measured in the same run.
# usage: bash bench/run.sh [pipeline|extraction|nlp|entities|quotes|events]...
set -euo pipefail
cd "$(dirname "$0")/.."
what=("$@"); [ ${#what[@]} -eq 0 ] && what=(pipeline extraction nlp entities quotes events)
for b in "${what[@]}"; do
  echo "== $b"
  if [ -f "bench/$b/run.sh" ]; then bash "bench/$b/run.sh"
  else dotnet run -c Release --project "bench/$b" --; fi
done
