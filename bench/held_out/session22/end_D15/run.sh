#!/bin/bash
# usage: run.sh material outprefix [extra args]
m=$1; o=$2; shift 2
cd /tmp/s22/wt_end
start=$(date +%s)
KPL_HOME=/tmp/s22/rev/d15/home PYTHONPATH=/tmp/s22/wt_end /work/main/.venv/bin/kpl exam --material /tmp/s22/rev/d15/$m "$@" > /tmp/s22/rev/d15/$o.out 2> /tmp/s22/rev/d15/$o.err
echo "rc=$? secs=$(( $(date +%s)-start ))" > /tmp/s22/rev/d15/$o.rc
cat /tmp/s22/rev/d15/$o.rc
