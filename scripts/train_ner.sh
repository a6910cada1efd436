#!/usr/bin/env bash
# Rebuild the packaged NER pipelines (src/annals/nlp/models/<lang>/) from ../shared/data/ner.
# Usage: scripts/train_ner.sh [LANG[:MINUTES[:resume]] ...]
#   (default: it:18 de:11 es:11 nl:9 pt:9 pl:9 ru:9; ":resume" continues from the current model)
# Two queues run side by side, each training niced and on one thread; logs: /tmp/ner_train_<lang>.log
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then specs=(it:18 de:11 es:11 nl:9 pt:9 pl:9 ru:9); fi
run_queue() {
  for spec in "$@"; do
    IFS=: read -r lang minutes mode <<<"$spec"
    extra=(); log="/tmp/ner_train_${lang}.log"
    if [ "${mode:-}" = resume ]; then extra=(--resume); log="/tmp/ner_train_${lang}_resume.log"; fi
    nice -n 10 "$PYTHON" -m annals.nlp.train "$lang" --minutes "${minutes:-15}" "${extra[@]}" \
      >"$log" 2>&1 || echo "training $lang failed, see $log" >&2
  done
}
queue_a=(); queue_b=()
for i in "${!specs[@]}"; do
  if (( i % 2 == 0 )); then queue_a+=("${specs[$i]}"); else queue_b+=("${specs[$i]}"); fi
done
run_queue "${queue_a[@]}" &
if [ ${#queue_b[@]} -gt 0 ]; then run_queue "${queue_b[@]}" & fi
wait
