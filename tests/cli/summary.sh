#!/usr/bin/env bash
# The summary's table of the ESF+ indicators (Annex I) on a workshop of
# twelve made for it: the table counted by hand from their entry data, the
# table the summary must print (hidden cells worked out by hand too), the
# same cells in the lines, the CSV and the PDF in sl, hr and en; and an
# attacker who reads only the printed cells and the sums any reader knows
# and fails to pin down any hidden cell, where the old rule (every cell
# below 5 hidden on its own) lets it pin some.
set -u
. "$(dirname "$0")/../lib/cli.sh"
db=$tmp/summary.db
export ROTA_NOW=2026-12-15T10:00:00
command -v python3 >/dev/null || { echo "FAIL: python3 is needed"; echo "summary: 0 passed, 1 failed"; exit 1; }

run init
run person add --name "Ena Koordinatorka" --role coordinator
# The twelve, all entered on 1 December 2026: gender, ISCED, status on
# entry, birth year (the age reached in 2026 gives the band).
i=0
while read -r g e s b; do
  i=$((i + 1))
  run person add --name "Oseba$i Test" --role participant; id=$(cat "$tmp/out")
  run person set "$id" --programme-start 2026-12-01 --gender "$g" --education "$e" --status "$s" --birth-year "$b" --by 1
  check "participant $i's entry data is recorded" rc 0
done <<'EOF'
female 0 unemployed 2000
female 0 unemployed 1999
female 1 long_term_unemployed 1980
female 1 long_term_unemployed 1970
female 2 long_term_unemployed 1985
female 2 inactive 2009
male 3 unemployed 2001
male 3 long_term_unemployed 1998
male 4 long_term_unemployed 1965
male 5 employed 1990
male declined employed 1960
other 2 long_term_unemployed 1975
EOF

# Counted by hand (women, men, non-binary, declined, total). Ages in 2026:
# women 26 27 46 56 41 17, men 25 28 61 36 66, the non-binary one 51.
cat >"$tmp/raw.csv" <<'EOF'
participants,6,5,1,0,12
unemployed,5,3,1,0,9
long_term_unemployed,3,2,1,0,6
inactive,1,0,0,0,1
employed,0,2,0,0,2
age_under_18,1,0,0,0,1
age_18_29,2,2,0,0,4
age_55_plus,1,2,0,0,3
isced_0_2,6,0,1,0,7
isced_3_4,0,3,0,0,3
isced_5_8,0,1,0,0,1
EOF
# What the summary prints. Every count below 5, 0 included, is <5. Then:
# the six women are all of ISCED 0-2, so 6 beside participants' 6 women
# would give away that no woman is of ISCED 3-4 or 5-8 (two hidden 0s):
# that 6 is hidden as x (a reader then knows 5 or 6, so 0 or 1 woman above).
# Participants' 1 + 0 non-binary/declined beside 12 - 6 - 5 = 1 are two
# cells of 0..4 that add up to 1: neither is pinned, so they stay <5 alone;
# so do unemployed's 3 + 1 + 0 = 4 men/non-binary/declined.
cat >"$tmp/printed.csv" <<'EOF'
participants,6,5,<5,<5,12
unemployed,5,<5,<5,<5,9
long_term_unemployed,<5,<5,<5,<5,6
inactive,<5,<5,<5,<5,<5
employed,<5,<5,<5,<5,<5
age_under_18,<5,<5,<5,<5,<5
age_18_29,<5,<5,<5,<5,<5
age_55_plus,<5,<5,<5,<5,<5
isced_0_2,x,<5,<5,<5,7
isced_3_4,<5,<5,<5,<5,<5
isced_5_8,<5,<5,<5,<5,<5
EOF

# The CSV's indicator rows, one line per row: code,women,men,non_binary,declined,total
wide() { python3 -c '
import csv, sys
rows = {}
order = []
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")):
    if r["section"] in ("hours", "mastered"):
        continue
    if r["section"] not in rows:
        rows[r["section"]] = {}
        order.append(r["section"])
    rows[r["section"]][r["item"]] = r["value"]
for s in order:
    print(",".join([s] + [rows[s][c] for c in ("women", "men", "non_binary", "declined", "total")]))
' "$1"; }

run summary --from 2026-12-01 --to 2026-12-31 --csv
check "summary --csv exits 0" rc 0
cp "$tmp/out" "$tmp/summary.csv"
wide "$tmp/summary.csv" >"$tmp/wide.csv"
check "the table is Annex I's rows by gender, exactly the hand-made one" cmp -s "$tmp/wide.csv" "$tmp/printed.csv"
[[ -s $tmp/wide.csv ]] && ! cmp -s "$tmp/wide.csv" "$tmp/printed.csv" && diff "$tmp/printed.csv" "$tmp/wide.csv"
check "a cell of five or more beside nothing small is shown: unemployed incl. long-term, 9" \
  grep -qx 'unemployed,total,9' <(tr -d '\r' <"$tmp/summary.csv")
run summary --from 2026-12-01 --to 2026-12-31
check "the lines carry the same cells as the CSV" \
  test "$(tr '\t' , <"$tmp/out")" = "$(tail -n +2 "$tmp/summary.csv" | tr -d '\r')"

# The attacker: the printed cells, the sums any reader knows, and what a
# mark says (<N: 0..N-1; x: N or more, else it would be <N).
cat >"$tmp/attack.py" <<'PY'
import sys
rows = ["participants", "unemployed", "long_term_unemployed", "inactive", "employed", "age_under_18",
        "age_18_29", "age_55_plus", "isced_0_2", "isced_3_4", "isced_5_8"]
table, t = sys.argv[1], int(sys.argv[2])
cells = {}
for line in open(table, encoding="utf-8"):
    f = line.strip().split(",")
    for c, v in enumerate(f[1:]):
        cells[(rows.index(f[0]), c)] = v
keys = sorted(cells)
at = {k: i for i, k in enumerate(keys)}
rel = []   # (equal, whole, parts)
for r in range(len(rows)):
    rel.append((True, at[(r, 4)], [at[(r, c)] for c in range(4)]))
for c in range(5):
    rel.append((False, at[(0, c)], [at[(1, c)], at[(3, c)], at[(4, c)]]))   # status rows under participants
    rel.append((False, at[(1, c)], [at[(2, c)]]))                           # long-term within unemployed
    rel.append((False, at[(0, c)], [at[(5, c)], at[(6, c)], at[(7, c)]]))   # age bands
    rel.append((False, at[(0, c)], [at[(8, c)], at[(9, c)], at[(10, c)]]))  # ISCED bands
CAP = 10000
lo0, hi0 = [], []
for k in keys:
    v = cells[k]
    if v.startswith("<"):
        lo0.append(0); hi0.append(int(v[1:]) - 1)
    elif v == "x":
        lo0.append(t); hi0.append(CAP)
    else:
        lo0.append(int(v)); hi0.append(int(v))
hidden = [i for i, k in enumerate(keys) if not cells[k].isdigit()]

def fixpoint(lo, hi):
    changed = True
    while changed:
        changed = False
        for eq, w, parts in rel:
            for c in parts + [w]:
                others = [p for p in parts if p != c or c == w]
                olo = sum(lo[p] for p in others); ohi = sum(hi[p] for p in others)
                nlo, nhi = lo[c], hi[c]
                if c == w:
                    nlo = max(nlo, olo)
                    if eq: nhi = min(nhi, ohi)
                else:
                    nhi = min(nhi, hi[w] - olo)
                    if eq: nlo = max(nlo, lo[w] - ohi)
                if (nlo, nhi) != (lo[c], hi[c]):
                    lo[c], hi[c] = nlo, nhi; changed = True
                if lo[c] > hi[c]:
                    return False
    return True

def search(lo, hi, budget):
    budget[0] -= 1
    if budget[0] < 0 or not fixpoint(lo, hi):
        return None
    open_ = [i for i in range(len(lo)) if lo[i] < hi[i]]
    if not open_:
        for eq, w, parts in rel:
            s = sum(lo[p] for p in parts)
            if (s != lo[w]) if eq else (s > lo[w]):
                return None
        return lo[:]
    c = min(open_, key=lambda i: hi[i] - lo[i])
    for v in range(lo[c], hi[c] + 1):
        l2, h2 = lo[:], hi[:]
        l2[c] = h2[c] = v
        got = search(l2, h2, budget)
        if got:
            return got
    return None

lo, hi = lo0[:], hi0[:]
if not fixpoint(lo, hi):
    print("the printed table contradicts itself"); sys.exit(2)
seen = {i: set() for i in hidden}
pinned = []
for h in hidden:
    tries = [(lo[h], hi[h])]
    while len(seen[h]) < 2 and tries:
        a, b = tries.pop(0)
        l2, h2 = lo[:], hi[:]
        l2[h], h2[h] = a, b
        sol = search(l2, h2, [200000])
        if sol:
            for i in hidden:
                seen[i].add(sol[i])
            v = sol[h]
            tries = [(lo[h], v - 1), (v + 1, hi[h])]
            tries = [(x, y) for x, y in tries if x <= y]
            tries = [r for r in tries if not (len(seen[h]) >= 2)]
    if len(seen[h]) < 2:
        k = keys[h]
        pinned.append("%s,%s=%s" % (rows[k[0]], ["women", "men", "non_binary", "declined", "total"][k[1]],
                                     "/".join(map(str, sorted(seen[h]))) or "?"))
print("pinned: " + (" ".join(pinned) if pinned else "none"), "of", len(hidden), "hidden")
sys.exit(1 if pinned else 0)
PY
python3 "$tmp/attack.py" "$tmp/wide.csv" 5 >"$tmp/attack.out" 2>&1
check "the attacker pins no hidden cell of the summary ($(cat "$tmp/attack.out"))" grep -qx 'pinned: none of [0-9]* hidden' "$tmp/attack.out"
# The old rule on the same raw counts: each cell below 5 hidden on its own.
awk -F, -v OFS=, '{ for (i = 2; i <= 6; i++) if ($i < 5) $i = "<5"; print }' "$tmp/raw.csv" >"$tmp/old.csv"
python3 "$tmp/attack.py" "$tmp/old.csv" 5 >"$tmp/attack-old.out" 2>&1
check "against the old rule the same attacker pins cells ($(cat "$tmp/attack-old.out"))" \
  grep -q 'pinned: isced_3_4,women=0.*isced_5_8,women=0' "$tmp/attack-old.out"

# The PDF in each language: the same cells, in the same order.
for l in en sl hr; do
  ROTA_NOW=$ROTA_NOW "$BIN" --db "$db" --lang $l summary --from 2026-12-01 --to 2026-12-31 --pdf "$tmp/summary-$l.pdf" \
    >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
  check "summary --pdf ($l) exits 0" rc 0
  pdftotext -layout "$tmp/summary-$l.pdf" "$tmp/summary-$l.txt" 2>/dev/null
  check "the $l PDF shows the CSV's cells in order" python3 - "$tmp/printed.csv" "$tmp/summary-$l.txt" <<'PY'
import re, sys
want = [c for line in open(sys.argv[1], encoding="utf-8") for c in line.strip().split(",")[1:]]
got = []
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.search(r'((?: {2,}(?:<5|x|\d+)){5})$', line.rstrip("\n"))
    if m:
        got += m.group(1).split()
assert got == want, (got, want)
PY
done
check "the en PDF names Annex I's rows" bash -c "grep -qF 'Unemployed, including long-term unemployed' '$tmp/summary-en.txt' && grep -qF '(ISCED 0–2)' '$tmp/summary-en.txt'"
check "the sl PDF says what <5 and x are" bash -c "tr -s ' \n' ' ' <'$tmp/summary-sl.txt' | grep -qF 'manj kot 5 ljudi, tudi 0, piše <5, kjer piše x'"
check "the hr PDF says what <5 and x are" bash -c "tr -s ' \n' ' ' <'$tmp/summary-hr.txt' | grep -qF 'manje od 5 osoba, uključujući 0, piše <5, a gdje piše x'"
check "the sl PDF words the rows in Slovenian" grep -qF 'Dolgotrajno brezposelni' "$tmp/summary-sl.txt"
check "the hr PDF words the rows in Croatian" grep -qF 'Dugotrajno nezaposleni' "$tmp/summary-hr.txt"

# The threshold is the workshop's: at 3, counts of 3 and 4 show, "<3" the
# rest, and still nothing can be pinned.
run config set summary_min_count 3;  check "summary_min_count is a setting" rc 0
run config set summary_min_count 1;  check "a threshold below 2 is refused" rc 1
run summary --from 2026-12-01 --to 2026-12-31 --csv
wide "$tmp/out" >"$tmp/wide3.csv"
check "at 3: a count of 3 shows" grep -qx 'age_55_plus,<3,<3,<3,<3,3' "$tmp/wide3.csv"
check "at 3: no cell below 3 shows" bash -c "! grep -qE ',[0-2](,|$)' '$tmp/wide3.csv'"
python3 "$tmp/attack.py" "$tmp/wide3.csv" 3 >"$tmp/attack3.out" 2>&1
check "at 3 the attacker pins nothing either ($(cat "$tmp/attack3.out"))" grep -qx 'pinned: none of [0-9]* hidden' "$tmp/attack3.out"

[[ -n ${ROTA_SUMMARY_KEEP:-} ]] && cp "$tmp"/attack*.out "$tmp"/wide3.csv "$ROTA_SUMMARY_KEEP"/
echo "summary: $passed passed, $failed failed"
((failed == 0))
