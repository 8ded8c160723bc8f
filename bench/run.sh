#!/usr/bin/env bash
# Runs every benchmark, each reporting ratios against a baseline measured in the same run.
# usage: bash bench/run.sh [pipeline|extraction|nlp|entities|quotes|events]...
set -euo pipefail
cd "$(dirname "$0")/.."
what=("$@"); [ ${#what[@]} -eq 0 ] && what=(pipeline extraction nlp entities quotes events)
for b in "${what[@]}"; do
  echo "== $b"
  if [ -f "bench/$b/run.sh" ]; then bash "bench/$b/run.sh"
  # The events bench's default mode writes the seed's explainer; its timing mode compares the parse-based coder with the
  # surface rules measured in the same run.
  elif [ "$b" = events ]; then dotnet run -c Release --project "bench/$b" -- throughput 200
  else dotnet run -c Release --project "bench/$b" --; fi
done
