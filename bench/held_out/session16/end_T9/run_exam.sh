#!/bin/bash
# usage: run_exam.sh X MATFILE
cd /tmp/rev16/wt_end
T=/tmp/rev16/T9
PYTHONPATH=/tmp/rev16/wt_end /work/main/.venv/bin/kpl exam --material $T/$2 --single-choice 2 --multiple-choice 1 --true-false 1 --fill-blank 2 --short-answer 1 --json > $T/exam_$1.json 2> $T/exam_$1.err
echo $? > $T/exam_$1.rc
