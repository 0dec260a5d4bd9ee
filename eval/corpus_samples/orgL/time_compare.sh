#!/bin/bash
# User CPU seconds of entN/round15/dump.py on 200 corpus reports, a `git archive` copy of main and a branch, run
# alternately (rounds 17b, 18 and 18b of the organization work; each round's time_compare.txt holds its output).
# usage: bash time_compare.sh MAIN_COPY BRANCH OUT SEED [KIND]   (KIND: organization, the default, or another entity kind)
M=$1; B=$2; OUT=$3; SEED=$4; KIND=${5:-organization}
HERE=$(cd "$(dirname "$0")" && pwd); D=$HERE/../entN/round15/dump.py; PY=${PY:-$HERE/../../../.venv/bin/python}
for i in 1 2; do
  for t in "$M" "$B"; do
    cd "$t" && /usr/bin/time -f "$t run $i: %U user %S sys %e wall" nice env PYTHONPATH="$t" "$PY" "$D" "$SEED" 200 \
      "/tmp/time_compare_$(basename "$t")_$i.jsonl" "$KIND" 2>> "$OUT" >/dev/null
  done
done
