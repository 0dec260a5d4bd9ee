#!/bin/bash
# Round 17b orgR: user CPU seconds of entN/round15/dump.py on the 200 (seed 1713), a pristine copy of main (f625ec2, git archive)
# and the branch alternating.  usage: bash time_compare.sh MAIN_COPY BRANCH OUT
M=$1; B=$2; OUT=$3; D=/work/wt-orgR/eval/corpus_samples/entN/round15/dump.py
for i in 1 2; do
  for t in "$M" "$B"; do
    cd "$t" && /usr/bin/time -f "$t run $i: %U user %S sys %e wall" nice env PYTHONPATH=$t .venv/bin/python $D 1713 200 /tmp/orgR_time_$(basename $t)_$i.jsonl organization 2>> "$OUT" >/dev/null
  done
done
