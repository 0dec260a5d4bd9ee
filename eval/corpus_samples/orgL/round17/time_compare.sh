#!/bin/bash
# Round 17 orgQ: user CPU seconds of entN/round15/dump.py on the 200 (seed 1703), pristine main (bae7180) and the branch
# alternating.  usage: bash time_compare.sh MAIN_COPY BRANCH_COPY OUT
M=$1; B=$2; OUT=$3; D=/work/wt-orgQ/eval/corpus_samples/entN/round15/dump.py
for i in 1 2; do
  for t in "$M" "$B"; do
    cd "$t" && /usr/bin/time -f "$t run $i: %U user %S sys %e wall" nice env PYTHONPATH=$t .venv/bin/python $D 1703 200 /tmp/orgQ_time_$(basename $t)_$i.jsonl organization 2>> "$OUT" >/dev/null
  done
done
