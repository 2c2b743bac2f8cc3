# grading runs
./run.sh g_m1_good grade /tmp/rev17/D10/m1_json.out /tmp/rev17/D10/ans_m1_good.json
./run.sh g_m1_mixed grade /tmp/rev17/D10/m1_json.out /tmp/rev17/D10/ans_m1_mixed.json
./run.sh g_m3_good grade /tmp/rev17/D10/m3_json.out /tmp/rev17/D10/ans_m3_good.json
./run.sh g_m3_mixed grade /tmp/rev17/D10/m3_json.out /tmp/rev17/D10/ans_m3_mixed.json
./run.sh gj_m1_mixed grade --json /tmp/rev17/D10/m1_json.out /tmp/rev17/D10/ans_m1_mixed.json
./run.sh gj_m3_mixed grade --json /tmp/rev17/D10/m3_json.out /tmp/rev17/D10/ans_m3_mixed.json
