#!/bin/bash
# Reproduces every P10 run. Usage: ./run.sh [NAME ...]  (default: all scripts)
cd /tmp/rev17/P10 || exit 1
K() { (cd /tmp/rev17/wt_end && PYTHONPATH=/tmp/rev17/wt_end /work/main/.venv/bin/kpl "$@"); }
declare -A SC=([bb]=broadband-retention [ch]=complaint-handling [eu]=english-upsell [oh]=objection-handling)
if [ "$1" = banners ]; then
  for s in "${SC[@]}"; do K practice $s < /dev/null > banners/$s.out 2> banners/$s.err; echo $? > banners/$s.rc; done; exit 0
fi
names=("$@"); [ ${#names[@]} -eq 0 ] && names=($(cd scripts && ls *.txt | sed 's/\.txt$//'))
for n in "${names[@]}"; do
  s=${SC[${n%%-*}]}
  K practice "$s" < scripts/$n.txt > runs/$n.out 2> runs/$n.err; echo $? > runs/$n.rc
done
