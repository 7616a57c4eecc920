# The extraction score on the project's held-out sets (tests/data/heldout and
# heldout2 to heldout24 (visible) and the blind heldout25 and heldout26): builds each set's graph and prints its score.
# It fails when a build fails, a graph is not a valid graph file, or a score
# falls below its floor. The floors sit a little under the scores measured on
# 2026-12-01 (heldout, 21 articles: 0.96/0.93/64 of 74; heldout2 0.87/0.56/18 of 91;
# entity floors after the generic-body pass: heldout 25 articles 0.98, heldout2 0.88;
# heldout3, written 2026-12-01 by someone who never read the rules: 0.88/0.54/9 of 115;
# raised at the end of that session: heldout2 0.91/0.63/27 of 91, heldout3 0.88/0.59/23 of 115;
# heldout4, written 2026-12-02 by someone who never read the rules: 0.88/0.52/21 of 132;
# raised at the end of 2026-12-02: heldout2 0.95/0.75/41 of 91, heldout3 0.90/0.63/24 of 115,
# heldout4 0.89/0.55/24 of 132;
# heldout5, written 2026-12-02 (session 8) by someone who never read the rules: 0.89/0.51/30 of 144;
# raised at the end of session 8: heldout2 0.96/0.78/46 of 91, heldout3 0.93/0.70/37 of 115,
# heldout4 0.90/0.57/27 of 132, heldout5 0.89/0.53/32 of 144;
# heldout6, written 2026-12-02 (session 9) by someone who never read the rules: 0.87/0.56/29 of 149;
# raised at the end of session 9: heldout2 0.96/0.79/46 of 91, heldout3 0.93/0.71/41 of 115,
# heldout4 0.91/0.60/34 of 132, heldout5 0.90/0.55/38 of 144, heldout6 0.87/0.57/34 of 149;
# heldout7, written 2026-12-02 (session 10) by someone who never read the rules: 0.89/0.56/45 of 201;
# raised in session 10 (heldout5 visible from then): heldout 1.00/0.96/75 of 82, heldout2 0.97/0.81/48 of 91,
# heldout3 0.94/0.80/68 of 115, heldout4 0.96/0.77/64 of 132, heldout5 0.95/0.76/81 of 144,
# heldout6 0.88/0.60/50 of 149, heldout7 0.91/0.61/49 of 201; and after its round 2: heldout2 0.97/0.82/48,
# heldout3 0.95/0.83/69, heldout4 0.96/0.79/64, heldout5 0.95/0.76/81, heldout6 0.88/0.61/51, heldout7 0.91/0.61/49);
# heldout8, written 2026-12-02 (session 11) by someone who never read the rules: 0.87/0.60/65 of 160;
# raised at the end of session 11 (heldout6 visible from then): heldout2 0.97/0.83/49 of 91, heldout3 0.96/0.85/74 of 115,
# heldout4 0.97/0.80/73 of 132, heldout5 0.96/0.80/95 of 144, heldout6 0.93/0.73/76 of 149, heldout7 0.91/0.62/50 of 201,
# heldout8 0.89/0.63/71 of 160;
# heldout9, written 2026-12-02 (session 12) by someone who never read the rules: 0.88/0.62/38 of 162;
# raised at the start of session 13 (heldout7 visible from session 12): heldout2 0.97/0.84/52 of 91,
# heldout3 0.96/0.85/79 of 115, heldout4 0.97/0.81/75 of 132, heldout5 0.96/0.82/97 of 144, heldout6 0.93/0.79/95 of 149,
# heldout7 0.93/0.68/88 of 201, heldout8 0.89/0.65/74 of 160, heldout9 0.89/0.63/43 of 162;
# raised at the end of session 17: heldout2 0.97/0.87/72 of 91, heldout3 0.96/0.90/92 of 115,
# heldout4 0.98/0.85/87 of 132, heldout5 0.97/0.87/111 of 144, heldout6 0.94/0.82/109 of 149,
# heldout7 0.94/0.79/122 of 201, heldout8 0.91/0.71/76 of 160, heldout9 0.89/0.65/47 of 162;
# heldout10, written 2026-12-04 (session 19) by someone who never read the rules: 0.91/0.62/29 of 123;
# raised at the end of session 19: heldout2 0.97/0.88/73 of 91, heldout3 0.96/0.91/99 of 115,
# heldout4 0.98/0.87/94 of 132, heldout5 0.97/0.88/111 of 144, heldout6 0.95/0.84/113 of 149,
# heldout7 0.95/0.81/134 of 201, heldout8 0.91/0.72/76 of 160, heldout9 0.90/0.66/48 of 162;
# raised at the end of session 20: heldout2 0.97/0.89/73 of 91, heldout3 0.96/0.92/99 of 115,
# heldout4 0.98/0.89/100 of 132, heldout5 0.96/0.89/113 of 144, heldout6 0.96/0.85/113 of 149,
# heldout7 0.95/0.83/143 of 201, heldout9 0.90/0.66/50 of 162, heldout10 0.91/0.63/29 of 123;
# raised at the end of session 21: heldout3 100 of 115, heldout4 102 of 132, heldout6 0.96/0.85/116 of 149,
# heldout7 0.95/0.83/148 of 201, heldout8 0.91/0.72/77 of 160, heldout9 0.90/0.67/51 of 162;
# raised at the end of session 23: heldout2 0.95/0.88/75 of 91, heldout3 0.94/0.91/105 of 115,
# heldout4 0.97/0.89/106 of 132, heldout5 0.96/0.89/118 of 144, heldout6 0.95/0.86/121 of 149,
# heldout7 0.95/0.85/158 of 201, heldout8 0.91/0.74/91 of 160, heldout9 0.90/0.67/75 of 162,
# heldout10 0.91/0.67/30 of 123;
# raised at the end of session 24: heldout7 0.95/0.85/160 of 201, heldout8 0.92/0.74/91 of 160,
# heldout10 0.92/0.69/30 of 123;
# heldout11, written 2026-12-05 (session 25) by someone who never read the rules: 0.94/0.73/80 of 149;
# raised in session 25 (heldout8 visible from then): heldout4 0.98/0.89/108 of 132, heldout5 0.97/0.89/118 of 144,
# heldout7 0.95/0.85/161 of 201, heldout8 0.94/0.83/119 of 160, heldout9 0.91/0.67/75 of 162,
# heldout10 0.92/0.70/31 of 123, heldout11 0.93/0.74/86 of 149; and at the end of session 25 (heldout9 visible
# from then): heldout4 109 of 132, heldout5 120 of 144, heldout6 124 of 149, heldout7 162 of 201,
# heldout8 0.95/0.85/122 of 160, heldout9 0.92/0.75/100 of 162, heldout11 0.94/0.76/90 of 149; so a
# change that loses ground on articles nobody tuned against is caught; raise
# them as extraction improves. heldout12, written 2026-12-05 (session 26) by someone who never read the
# rules: 0.88/0.69/59 of 145 (heldout10 visible from then); raised at the end of session 26: heldout2
# 0.98/0.90/75 of 91, heldout3 0.96/0.93/106 of 115, heldout4 0.99/0.91/109 of 132, heldout5 0.98/0.90/123 of 144,
# heldout6 0.97/0.88/125 of 149, heldout7 0.97/0.88/167 of 201, heldout8 0.96/0.86/124 of 160,
# heldout9 0.94/0.77/107 of 162, heldout10 0.96/0.86/88 of 123, heldout11 0.94/0.79/91 of 149,
# heldout12 0.89/0.70/65 of 145. heldout13, written 2026-12-06 (session 27) by someone who never read the
# rules: 0.89/0.68/89 of 208 (heldout12 visible from then); raised at the end of session 27: heldout2
# 0.98/0.90/77 of 91, heldout3 0.96/0.93/107 of 115, heldout4 0.99/0.91/109 of 132, heldout5 0.98/0.90/125 of 144,
# heldout6 0.97/0.88/126 of 149, heldout7 0.97/0.88/167 of 201, heldout8 0.96/0.87/127 of 160,
# heldout9 0.94/0.78/111 of 162, heldout10 0.97/0.86/93 of 123, heldout11 0.94/0.80/92 of 149,
# heldout12 0.95/0.89/120 of 145, heldout13 0.90/0.68/91 of 208. heldout14, written 2026-12-06 (session 28) by
# someone who never read the rules: 0.88/0.71/89 of 198 (heldout13 visible from then); raised at the end of
# session 28: heldout7 0.97/0.88/168 of 201, heldout9 0.95/0.78/111 of 162, heldout12 0.95/0.89/124 of 145,
# heldout13 0.93/0.80/132 of 208, heldout14 0.90/0.73/97 of 198 (heldout11 0.94/0.80/92 of 149 unchanged).
# heldout15, written 2026-12-06 (session 29) by someone who never read the rules: 0.91/0.72/83 of 208
# (heldout11 visible from then); raised at the end of session 29: heldout5 128 of 144, heldout6 0.97/0.89,
# heldout8 0.97/0.88/129 of 160, heldout10 0.97/0.87, heldout11 0.95/0.84/110 of 149, heldout12 0.95/0.90,
# heldout13 0.94/0.84/154 of 208, heldout14 0.92/0.74/99 of 198.
# heldout16, written 2026-12-06 (session 30) by someone who never read the rules: 0.92/0.64/46 of 188.
# heldout17, written 2026-12-06 (session 31) by someone who never read the rules: 0.91/0.64/51 of 179
# (heldout15 visible from then); raised at the end of session 31: heldout6 0.98/0.89, heldout9
# 0.96/0.80/114 of 162, heldout11 0.96/0.86, heldout12 0.96/0.91/128 of 145, heldout13 0.95/0.88/163 of 208,
# heldout14 0.96/0.86/156 of 198, heldout15 0.96/0.87/144 of 208, heldout16 0.92/0.65/60 of 188,
# heldout17 0.91/0.66/53 of 179.
# heldout18, written 2026-12-06 (session 32) by someone who never read the rules, ordinary news articles:
# 0.93/0.76/76 of 151 (heldout16 visible from then); raised at the end of session 32: heldout11 0.96/0.87/113 of 149,
# heldout12 0.96/0.92/130 of 145, heldout13 0.95/0.90/172 of 208, heldout14 0.97/0.88/160 of 198, heldout15 0.97/0.88/154
# of 208, heldout16 0.95/0.76/95 of 188, heldout17 0.91/0.66/56 of 179, heldout18 0.93/0.76/76 of 151.
# heldout19, written 2026-12-06 (session 33) by someone who never read the rules, ordinary news articles:
# 0.92/0.70/91 of 176 (heldout17 visible from then); raised at the end of session 33: heldout9 0.96/0.81/117 of 162,
# heldout14 0.98/0.89/163 of 198, heldout16 0.96/0.79/114 of 188, heldout17 0.94/0.73/77 of 179, heldout18 0.94/0.77/78
# of 151, heldout19 0.92/0.70/90 of 176.
# heldout20, written 2026-12-07 (session 34) by someone who never read the rules, ordinary news articles:
# 0.94/0.79/109 of 171 (heldout18 visible from then); raised at the end of session 34: heldout 0.99/0.96/0.93, heldout3 0.95/0.92/0.93, heldout4 0.98/0.91/0.82, heldout7 0.97/0.88/0.83, heldout8 0.97/0.88/0.80, heldout9 0.95/0.81/0.73, heldout11 0.95/0.88/0.81, heldout13 0.94/0.89/0.83, heldout15 0.96/0.87/0.76, heldout16 0.95/0.80/0.62, heldout17 0.93/0.76/0.51, heldout18 0.94/0.87/0.72, heldout19 0.91/0.70/0.51, heldout20 0.93/0.79/0.65.
# heldout21, written 2026-12-07 (session 35) by someone who never read the rules, ordinary news articles:
# 0.92/0.71/71 of 183 (heldout19 visible from then); raised at the end of session 35: heldout3 0.96/0.92/0.93, heldout10 0.97/0.86/0.75, heldout15 0.97/0.87/0.76, heldout17 0.94/0.77/0.53, heldout18 0.95/0.87/0.75, heldout19 0.92/0.79/0.66, heldout20 0.94/0.79/0.65, heldout21 0.91/0.70/0.49.
# heldout22, written 2026-12-07 (session 36) by someone who never read the rules, ordinary news articles:
# 0.93/0.69/49 of 219 (heldout20 visible from then); raised at the end of session 36: heldout13 0.94/0.90/0.83, heldout16 0.95/0.80/0.64, heldout18 0.96/0.87/0.76, heldout19 0.94/0.80/0.67, heldout20 0.95/0.80/0.70, heldout21 0.93/0.73/0.56, heldout22 0.92/0.68/0.35.
# heldout23, written 2026-12-07 (session 37) by someone who never read the rules, ordinary news articles:
# 0.94/0.70/94 of 221 (heldout21 visible from then); raised at the end of session 37: heldout9 0.96/0.81/0.74, heldout11 0.95/0.89/0.81, heldout13 0.94/0.90/0.84, heldout14 0.97/0.89/0.81, heldout15 0.97/0.88/0.77, heldout16 0.95/0.81/0.64, heldout17 0.94/0.78/0.53, heldout18 0.96/0.88/0.77, heldout20 0.95/0.81/0.71, heldout21 0.95/0.76/0.60, heldout22 0.93/0.70/0.39, heldout23 0.93/0.70/0.43 (and others, see floors below).
# heldout24, written 2026-12-07 (session 38) by someone who never read the rules, ordinary news articles:
# 0.90/0.68/96 of 246 (heldout22 visible from then); raised at the end of session 38: heldout5 0.97/0.90/0.88, heldout10 0.97/0.87/0.75, heldout11 0.95/0.89/0.82, heldout18 0.96/0.88/0.78, heldout19 0.94/0.81/0.68, heldout20 0.95/0.82/0.72, heldout21 0.95/0.77/0.61, heldout22 0.94/0.77/0.54, heldout23 0.93/0.71/0.46, heldout24 0.89/0.69/0.45.
# heldout25, written 2026-12-07 (session 39) by someone who never read the rules, ordinary news articles:
# 0.93/0.75/71 of 249 (heldout23 visible from then); raised at the end of session 39: heldout9 0.96/0.82/0.74, heldout11 0.96/0.89/0.82, heldout19 0.95/0.81/0.68, heldout20 0.96/0.83/0.74, heldout21 0.95/0.80/0.68, heldout22 0.97/0.81/0.60, heldout23 0.97/0.82/0.67, heldout24 0.90/0.70/0.47, heldout25 0.94/0.76/0.29.
# heldout26, written 2026-12-07 (session 40) by someone who never read the rules, ordinary news articles:
# 0.94/0.76/139 of 237 (heldout24 visible from then); raised in session 40: heldout17 0.95/0.78/0.53, heldout21 0.96/0.81/0.69, heldout22 0.97/0.81/0.67, heldout23 0.97/0.82/0.70, heldout24 0.96/0.77/0.62, heldout25 0.94/0.77/0.32, heldout26 0.93/0.76/0.59; and after r4: heldout8 0.97/0.88/0.81, heldout18 0.96/0.89/0.80, heldout24 0.96/0.78/0.64, heldout26 0.93/0.76/0.60.
# Args: NEWSGRAPH_BINARY SOURCE_DIR
set -u
binary=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
floors_heldout="--min-entity-f1 0.99 --min-relation-f1 0.96 --min-date-recall 0.93"
floors_heldout2="--min-entity-f1 0.97 --min-relation-f1 0.89 --min-date-recall 0.84"
floors_heldout3="--min-entity-f1 0.96 --min-relation-f1 0.92 --min-date-recall 0.93"
floors_heldout4="--min-entity-f1 0.98 --min-relation-f1 0.91 --min-date-recall 0.82"
floors_heldout5="--min-entity-f1 0.97 --min-relation-f1 0.90 --min-date-recall 0.88"
floors_heldout6="--min-entity-f1 0.97 --min-relation-f1 0.88 --min-date-recall 0.84"
floors_heldout7="--min-entity-f1 0.97 --min-relation-f1 0.88 --min-date-recall 0.83"
floors_heldout8="--min-entity-f1 0.97 --min-relation-f1 0.88 --min-date-recall 0.81"
floors_heldout9="--min-entity-f1 0.96 --min-relation-f1 0.82 --min-date-recall 0.74"
floors_heldout10="--min-entity-f1 0.97 --min-relation-f1 0.87 --min-date-recall 0.75"
floors_heldout11="--min-entity-f1 0.96 --min-relation-f1 0.89 --min-date-recall 0.82"
floors_heldout12="--min-entity-f1 0.95 --min-relation-f1 0.91 --min-date-recall 0.89"
floors_heldout13="--min-entity-f1 0.94 --min-relation-f1 0.90 --min-date-recall 0.84"
floors_heldout14="--min-entity-f1 0.97 --min-relation-f1 0.89 --min-date-recall 0.81"
floors_heldout15="--min-entity-f1 0.97 --min-relation-f1 0.88 --min-date-recall 0.77"
floors_heldout16="--min-entity-f1 0.95 --min-relation-f1 0.81 --min-date-recall 0.64"
floors_heldout17="--min-entity-f1 0.95 --min-relation-f1 0.78 --min-date-recall 0.53"
floors_heldout18="--min-entity-f1 0.96 --min-relation-f1 0.89 --min-date-recall 0.80"
floors_heldout19="--min-entity-f1 0.95 --min-relation-f1 0.81 --min-date-recall 0.68"
floors_heldout20="--min-entity-f1 0.96 --min-relation-f1 0.83 --min-date-recall 0.74"
floors_heldout21="--min-entity-f1 0.96 --min-relation-f1 0.81 --min-date-recall 0.69"
floors_heldout22="--min-entity-f1 0.97 --min-relation-f1 0.81 --min-date-recall 0.67"
floors_heldout23="--min-entity-f1 0.97 --min-relation-f1 0.82 --min-date-recall 0.70"
floors_heldout24="--min-entity-f1 0.96 --min-relation-f1 0.78 --min-date-recall 0.64"
floors_heldout25="--min-entity-f1 0.94 --min-relation-f1 0.77 --min-date-recall 0.32"
floors_heldout26="--min-entity-f1 0.93 --min-relation-f1 0.76 --min-date-recall 0.60"
for set in heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26; do
  data="$source_dir/tests/data/$set"
  graph="$work/$set.graph.json"
  echo "== $set"
  if ! "$binary" build "$data/articles" -o "$graph" --quiet; then
    echo "FAIL: newsgraph build failed on $data/articles"; exit 1
  fi
  if [ -n "${VALIDATE_JSON:-}" ] && [ -f "$source_dir/schemas/graph.schema.json" ]; then
    "$VALIDATE_JSON" "$source_dir/schemas/graph.schema.json" "$graph" \
      || { echo "FAIL: the $set graph does not match schemas/graph.schema.json"; exit 1; }
  fi
  floors_var="floors_$set"
  # shellcheck disable=SC2086  # the floors are several options
  python3 "$source_dir/tests/eval/score_graph.py" --gold "$data/gold.json" --graph "$graph" ${!floors_var} \
    || { echo "FAIL: the $set score is below its floor (or could not be computed)"; exit 1; }
done
