#!/bin/bash
# usage: run.sh NAME args...
name=$1; shift
cd /tmp/rev15/wt_end && PYTHONPATH=/tmp/rev15/wt_end /work/main/.venv/bin/kpl "$@" > /tmp/rev15/D8/$name.out 2> /tmp/rev15/D8/$name.err; echo $? > /tmp/rev15/D8/$name.rc; echo "$name rc=$(cat /tmp/rev15/D8/$name.rc)"
