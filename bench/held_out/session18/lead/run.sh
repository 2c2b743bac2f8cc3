#!/bin/bash
# usage: run.sh WT TAG  — runs the four lead materials on worktree WT
WT=$1; TAG=$2; cd /tmp/s18/lead
for m in m1_zh_kindergarten m2_en_tyres m3_zh_pool m4_en_campsite_faq; do
  (cd $WT && PYTHONPATH=$WT /work/main/.venv/bin/kpl exam --material /tmp/s18/lead/$m.md --single-choice 4 --multiple-choice 3 --true-false 4 --fill-blank 4 --short-answer 2 > /tmp/s18/lead/${TAG}_$m.out 2> /tmp/s18/lead/${TAG}_$m.err; echo $? > /tmp/s18/lead/${TAG}_$m.rc)
  (cd $WT && PYTHONPATH=$WT /work/main/.venv/bin/kpl exam --material /tmp/s18/lead/$m.md --single-choice 4 --multiple-choice 3 --true-false 4 --fill-blank 4 --short-answer 2 --json > /tmp/s18/lead/${TAG}j_$m.json 2>/dev/null)
done
