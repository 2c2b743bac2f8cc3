#!/bin/bash
# usage: ./run.sh NAME args...   (runs kpl with args, saves NAME.out/.err/.rc in /tmp/rev16/D9)
D=/tmp/rev16/D9
name=$1; shift
cd /tmp/rev16/wt_end && PYTHONPATH=/tmp/rev16/wt_end /work/main/.venv/bin/kpl "$@" >$D/$name.out 2>$D/$name.err; echo $? >$D/$name.rc
