#!/bin/bash
# Round 18b orgV: user CPU seconds of entN/round15/dump.py on the 200 (seed 1814), a git-archive copy of main and the
# branch, alternating.  usage: bash time_compare.sh MAIN_COPY BRANCH OUT
M=$1; B=$2; OUT=$3; D=/work/wt-orgV/eval/corpus_samples/entN/round15/dump.py; PY=/work/wt-orgV/.venv/bin/python
for i in 1 2; do
  for t in "$M" "$B"; do
    cd "$t" && /usr/bin/time -f "$t run $i: %U user %S sys %e wall" nice env PYTHONPATH=$t $PY $D 1814 200 /tmp/orgV_time_$(basename $t)_$i.jsonl organization 2>> "$OUT" >/dev/null
  done
done
