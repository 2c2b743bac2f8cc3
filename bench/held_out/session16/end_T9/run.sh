#!/bin/bash
# Reproduces exams (run_exam.sh) and grading runs. Usage: ./run.sh
T=/tmp/rev16/T9
# exams (already produced; rerun overwrites):  ./run_exam.sh A mat_A.md; ./run_exam.sh B mat_B.md; ./run_exam.sh C mat_C2.md
cd /tmp/rev16/wt_end
for X in A B C; do for L in strong average weak; do
  N=grade_${X}_${L}
  PYTHONPATH=/tmp/rev16/wt_end /work/main/.venv/bin/kpl grade $T/exam_$X.json $T/paper_${X}_${L}.json > $T/$N.out 2> $T/$N.err; echo $? > $T/$N.rc
  PYTHONPATH=/tmp/rev16/wt_end /work/main/.venv/bin/kpl grade $T/exam_$X.json $T/paper_${X}_${L}.json --json > $T/${N}_json.out 2> $T/${N}_json.err; echo $? > $T/${N}_json.rc
done; done
