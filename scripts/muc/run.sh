#!/usr/bin/env bash
# MUC-4 harness: runs newsx of REPO_DIR on study.jsonl (TST1) and check.jsonl (TST2), maps, scores.
# Usage: bash run.sh REPO_DIR [--docs]
#   --docs: also writes out/study-docs.txt (per-document gold/pred lists, STUDY ONLY; check documents are never written)
# Files: out/{study,check}-records.jsonl, out/{study,check}-pred.jsonl
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="${1:?usage: run.sh REPO_DIR [--docs]}"
REPO="$(cd "$REPO" && pwd)"
DOCS=0
[[ "${2:-}" == "--docs" ]] && DOCS=1
OUT="$HERE/out"
mkdir -p "$OUT"
[[ -s "$HERE/study.jsonl" && -s "$HERE/check.jsonl" ]] || { echo "run.sh: no study.jsonl/check.jsonl: run node build-data.mjs first" >&2; exit 1; }

for SET in study check; do
  # newsx input: {"id","text"} only
  node -e 'const fs=require("fs");for(const l of fs.readFileSync(process.argv[1],"utf8").split("\n")){if(!l.trim())continue;const d=JSON.parse(l);process.stdout.write(JSON.stringify({id:d.id,text:d.text})+"\n")}' "$HERE/$SET.jsonl" \
    | (cd "$REPO" && node "$REPO/bin/newsx.js" --input jsonl --format jsonl --quiet) > "$OUT/$SET-records.jsonl"
  node "$HERE/map.mjs" "$OUT/$SET-records.jsonl" > "$OUT/$SET-pred.jsonl"
  echo "== $SET =="
  if [[ $SET == study && $DOCS == 1 ]]; then
    node "$HERE/score.mjs" "$HERE/$SET.jsonl" "$OUT/$SET-pred.jsonl" --names-only-victims --docs "$OUT/study-docs.txt"
  else
    node "$HERE/score.mjs" "$HERE/$SET.jsonl" "$OUT/$SET-pred.jsonl" --names-only-victims
  fi
done
