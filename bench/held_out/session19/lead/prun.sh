#!/bin/bash
WT=$1; TAG=$2; cd /tmp/s19/lead
run() { (cd $WT && PYTHONPATH=$WT /work/main/.venv/bin/kpl practice $2 < /tmp/s19/lead/$1.txt > /tmp/s19/lead/${TAG}_$1.out 2>&1); }
run p1_oh_avg objection-handling; run p2_eu_weak english-upsell; run p3_bb_avg broadband-retention; run p4_cp_pushy complaint-handling
