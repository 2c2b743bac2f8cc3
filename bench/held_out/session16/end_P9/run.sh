#!/bin/bash
# usage: run.sh NAME  (scripts/NAME.txt, scenario by prefix); coaching on (default)
cd /tmp/rev16/P9
n=$1
case $n in bb_*) s=broadband-retention;; ch_*) s=complaint-handling;; eu_*) s=english-upsell;; oh_*) s=objection-handling;; esac
( cd /tmp/rev16/wt_end && PYTHONPATH=/tmp/rev16/wt_end timeout 900 /work/main/.venv/bin/kpl practice $s < /tmp/rev16/P9/scripts/$n.txt > /tmp/rev16/P9/runs/$n.out 2> /tmp/rev16/P9/runs/$n.err; echo $? > /tmp/rev16/P9/runs/$n.rc )
