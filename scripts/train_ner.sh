#!/usr/bin/env bash
# Rebuild the packaged NER pipelines (src/annals/nlp/models/<lang>/) from ../shared/data/ner.
# Usage: scripts/train_ner.sh [LANG[:MINUTES[:resume[:GENERAL:NEWS[:RATE]]]] ...]
#   (default: it:18 de:11 es:11 nl:9 pt:9 pl:9 ru:9; ":resume" continues from the current model,
#   "-" in its place trains from scratch; GENERAL and NEWS override the language's data weights:
#   copies of the WikiNEuRal and KIND WN training parts, e.g. it:20:resume:0:3 fine-tunes on KIND;
#   RATE is Adam's learning rate, e.g. it:20:resume:1:3:0.0003)
# Two queues run side by side, each training niced and on one thread; logs: /tmp/ner_train_<lang>.log
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then specs=(it:18 de:11 es:11 nl:9 pt:9 pl:9 ru:9); fi
run_queue() {
  for spec in "$@"; do
    IFS=: read -r lang minutes mode general news rate <<<"$spec"
    extra=(); log="/tmp/ner_train_${lang}.log"
    if [ "${mode:-}" = resume ]; then extra=(--resume); log="/tmp/ner_train_${lang}_resume.log"; fi
    if [ -n "${general:-}" ]; then extra+=(--general-weight "$general"); fi
    if [ -n "${news:-}" ]; then extra+=(--news-weight "$news"); fi
    if [ -n "${rate:-}" ]; then extra+=(--learn-rate "$rate"); fi
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
