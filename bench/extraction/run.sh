#!/usr/bin/env bash
# Extraction benchmark: Sitrep vs SmartReader vs readability.js on the scrapinghub article-extraction-benchmark,
# same pages, same run, one thread each. Prints precision/recall/F1/accuracy (METRIC.md) and pages/second.
# usage: bash bench/extraction/run.sh [DATASET_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dataset="${1:-${SITREP_SHARED:-$repo/../shared}/data/extraction/scrapinghub}"
out="$repo/bench/results/extraction"
mkdir -p "$out"

echo "== building the .NET bench (Release)" >&2
dotnet build -c Release -v quiet -nologo "$here/Sitrep.Bench.Extraction/Sitrep.Bench.Extraction.csproj" >&2

echo "== installing readability.js + jsdom (bench-local node_modules)" >&2
if [ ! -d "$here/node_modules/@mozilla/readability" ] || [ ! -d "$here/node_modules/jsdom" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error >&2)
fi

echo "== readability.js" >&2
node "$here/readability.mjs" "$dataset" "$out/readability.json"

echo "== Sitrep and SmartReader, then the table" >&2
dotnet "$here/Sitrep.Bench.Extraction/bin/Release/net10.0/Sitrep.Bench.Extraction.dll" "$dataset" "$out/readability.json"
