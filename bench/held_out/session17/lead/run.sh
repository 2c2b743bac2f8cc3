#!/bin/bash
# usage: run.sh TAG WORKTREE
tag=$1; wt=$2
for m in m1_zh_gold m2_en_climbing m3_zh_charging m4_en_ticket_faq; do
  (cd $wt && PYTHONPATH=$wt /work/main/.venv/bin/kpl exam --material /tmp/s17/lead/$m.md --single-choice 4 --multiple-choice 3 --true-false 4 --fill-blank 4 --short-answer 2 > /tmp/s17/lead/${tag}_$m.out 2> /tmp/s17/lead/${tag}_$m.err; echo $? > /tmp/s17/lead/${tag}_$m.rc)
done
