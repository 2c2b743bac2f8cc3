#!/bin/bash
WT=$1; TAG=$2; cd /tmp/s18/lead
run() { (cd $WT && PYTHONPATH=$WT /work/main/.venv/bin/kpl practice $2 < /tmp/s18/lead/$1.txt > /tmp/s18/lead/${TAG}_$1.out 2>&1); }
run p1_ch_avg complaint-handling; run p2_bb_strong broadband-retention; run p3_oh_pushy objection-handling; run p4_eu_offtopic english-upsell
