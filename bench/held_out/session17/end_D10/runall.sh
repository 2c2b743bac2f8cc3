#!/bin/bash
# runs runs.list with 3 in parallel
cd /tmp/rev17/D10
cat runs.list | xargs -P 3 -L 1 ./run.sh
