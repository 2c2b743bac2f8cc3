#!/bin/bash
# Reproduces every D10 run (each via run.sh NAME ARGS -> NAME.out/.err/.rc)
cd /tmp/rev17/D10
cat runs.list | xargs -P 3 -L 1 ./run.sh          # 6 requested runs (m1..m4 text, m1/m3 --json)
cat runs-added.list | xargs -L 1 ./run.sh          # 4 suggested-blueprint runs
./grades.sh                                        # 4 gradings (+2 --json copies)
