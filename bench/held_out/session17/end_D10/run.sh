#!/bin/bash
# usage: run.sh NAME ARGS...   (run from /tmp/rev17/D10)
D=/tmp/rev17/D10
NAME=$1; shift
cd /tmp/rev17/wt_end && PYTHONPATH=/tmp/rev17/wt_end /work/main/.venv/bin/kpl "$@" > $D/$NAME.out 2> $D/$NAME.err; echo $? > $D/$NAME.rc
