#!/bin/bash
# Reproduce every run. Usage: ./run.sh exam X | ./run.sh grade X Y
T=/tmp/rev17/T10
KPL() { (cd /tmp/rev17/wt_end && PYTHONPATH=/tmp/rev17/wt_end /work/main/.venv/bin/kpl "$@"); }
if [ "$1" = exam ]; then
  X=$2
  KPL exam --material $T/mat_$X.md --single-choice 2 --multiple-choice 1 --true-false 1 --fill-blank 2 --short-answer 1 --json > $T/exam_$X.json 2> $T/exam_$X.err; echo $? > $T/exam_$X.rc
  cp $T/exam_$X.json $T/exam_$X.out
elif [ "$1" = grade ]; then
  X=$2; Y=$3
  KPL grade $T/exam_$X.json $T/paper_${X}_$Y.json > $T/grade_${X}_$Y.out 2> $T/grade_${X}_$Y.err; echo $? > $T/grade_${X}_$Y.rc
  KPL grade --json $T/exam_$X.json $T/paper_${X}_$Y.json > $T/gradejson_${X}_$Y.out 2> $T/gradejson_${X}_$Y.err; echo $? > $T/gradejson_${X}_$Y.rc
elif [ "$1" = all ]; then
  for X in A B C; do "$0" exam $X & done; wait
  for X in A B C; do for Y in strong average weak; do "$0" grade $X $Y; done; done
fi
