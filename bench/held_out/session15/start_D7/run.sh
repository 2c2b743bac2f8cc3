#!/bin/bash
# usage: run.sh NAME args...
name=$1; shift
cd /tmp/rev15/wt && PYTHONPATH=/tmp/rev15/wt /work/main/.venv/bin/kpl "$@" > /tmp/rev15/D7/$name.out 2> /tmp/rev15/D7/$name.err; echo $? > /tmp/rev15/D7/$name.rc
