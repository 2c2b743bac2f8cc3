#!/bin/bash
# usage: run.sh WT TAG
WT=$1; TAG=$2
cd /tmp/s19/lead
for m in m1_zh_petrol m2_en_escape m3_zh_parcel m4_en_music_faq; do
  (cd $WT && PYTHONPATH=$WT timeout 300 /work/main/.venv/bin/kpl exam --material /tmp/s19/lead/$m.md --single-choice 4 --multiple-choice 3 --true-false 4 --fill-blank 4 --short-answer 2) > ${TAG}_$m.out 2> ${TAG}_$m.err; echo $? > ${TAG}_$m.rc
  (cd $WT && PYTHONPATH=$WT timeout 300 /work/main/.venv/bin/kpl exam --material /tmp/s19/lead/$m.md --single-choice 4 --multiple-choice 3 --true-false 4 --fill-blank 4 --short-answer 2 --json) > ${TAG}j_$m.json 2>/dev/null
done
