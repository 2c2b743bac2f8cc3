#!/bin/bash
WT=/tmp/s23/rev/wt
declare -A SC=([obj]=objection-handling [cmp]=complaint-handling [eng]=english-upsell [bb]=broadband-retention)
f=$1; b=$(basename $f .txt); p=${b%%_*}
cd $WT && KPL_HOME=/tmp/s23/rev/P16/home PYTHONPATH=$WT timeout 600 /work/main/.venv/bin/kpl practice ${SC[$p]} < /tmp/s23/rev/P16/scripts/$b.txt > /tmp/s23/rev/P16/out/$b.out.txt 2>&1
echo "$b rc=$?"
