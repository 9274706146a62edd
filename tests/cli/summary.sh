#!/usr/bin/env bash
# The summary's table of the ESF+ indicators (Annex I) on a workshop made
# for it: twelve who entered in the period, and thirteen who entered before
# it and left in it or were followed up in it (the results upon leaving and
# six months after); the table counted by hand from their entry data, the
# table the summary must print (hidden cells worked out by hand too), the
# same cells in the lines, the CSV and the PDF in sl, hr and en; and an
# attacker who reads only the printed cells and the sums any reader knows
# and fails to pin down any hidden cell, where the old rule (every cell
# below 5 hidden on its own) lets it pin some.
set -u
. "$(dirname "$0")/../lib/cli.sh"
db=$tmp/summary.db
# December's summary, made in January: the results of December's leavers
# (up to four weeks after leaving) are recorded by then.
export ROTA_NOW=2027-01-20T10:00:00
command -v python3 >/dev/null || { echo "FAIL: python3 is needed"; echo "summary: 0 passed, 1 failed"; exit 1; }

run init
run person add --name "Ena Koordinatorka" --role coordinator
# The twelve, all entered on 1 December 2026: gender, ISCED, status on
# entry, birth year (the age reached in 2026 gives the band), the day they
# entered, then what else is recorded. Number 7 has been unemployed since
# February 2026 (10 months: not long-term at 25), number 8 since March 2025
# (21 months: long-term, by the date alone); number 11 is self-employed.
# Numbers 1 and 10 leave again in December. Then thirteen who entered
# before December: 13-17 and 19 leave in it with their results, 18 left
# on 30 November (not a leaver of December, whatever her results), 20-24
# are followed up in December, 25 on 30 November.
i=0
while read -r g e s b start more; do
  i=$((i + 1))
  run person add --name "Oseba$i Test" --role participant; id=$(cat "$tmp/out")
  # shellcheck disable=SC2086 # $more is options, one a word
  run person set "$id" --programme-start "$start" --gender "$g" --education "$e" --status "$s" --birth-year "$b" $more --by 1
  check "participant $i's entry data is recorded" rc 0
done <<'EOF'
female 0 unemployed 2000 2026-12-01 --exit-date 2026-12-11 --result-employed 2026-12-14
female 0 unemployed 1999 2026-12-01
female 1 long_term_unemployed 1980 2026-12-01
female 1 long_term_unemployed 1970 2026-12-01
female 2 long_term_unemployed 1985 2026-12-01
female 2 inactive 2009 2026-12-01
male 3 unemployed 2001 2026-12-01 --unemployed-since 2026-02-02
male 3 unemployed 1998 2026-12-01 --unemployed-since 2025-03-02
male 4 long_term_unemployed 1965 2026-12-01
male 5 employed 1990 2026-12-01 --exit-date 2026-12-11 --result-employed 2026-12-11
male declined self_employed 1960 2026-12-01
other 2 long_term_unemployed 1975 2026-12-01
female 3 unemployed 1995 2026-03-02 --exit-date 2026-12-04 --result-qualification 2026-12-04 --result-employed 2026-12-21
female 2 unemployed 1988 2026-03-02 --exit-date 2026-12-04 --result-qualification 2026-11-27 --result-job-searching 2026-12-07 --result-education 2027-01-04
female 1 inactive 1979 2026-04-06 --exit-date 2026-12-18 --result-job-searching 2026-12-01 --result-employed 2027-01-15
female 3 inactive 2004 2026-04-06 --exit-date 2026-12-18 --result-education 2027-01-04
male 2 unemployed 1970 2026-04-06 --exit-date 2026-12-22 --result-job-searching 2026-12-22 --result-employed 2027-01-20
female 4 unemployed 1992 2026-03-02 --exit-date 2026-11-30 --result-employed 2026-12-03
male 3 unemployed 1983 2026-03-02 --exit-date 2026-12-04 --result-employed 2026-12-10
female 2 unemployed 1990 2026-01-05 --exit-date 2026-06-05 --followup-date 2026-12-07 --followup-employed yes --followup-improved yes
female 3 inactive 1985 2026-01-05 --exit-date 2026-06-05 --followup-date 2026-12-07 --followup-employed no --followup-improved yes
male 2 long_term_unemployed 1975 2026-01-05 --exit-date 2026-06-12 --followup-date 2026-12-14 --followup-employed yes --followup-improved unknown
male 4 unemployed 1996 2026-01-05 --exit-date 2026-06-12 --followup-date 2026-12-14 --followup-employed yes --followup-improved no
male 1 unemployed 1968 2026-01-05 --exit-date 2026-06-19 --followup-date 2026-12-21 --followup-employed no --followup-improved yes
female 3 unemployed 1993 2026-01-05 --exit-date 2026-05-29 --followup-date 2026-11-30 --followup-employed yes --followup-improved yes
EOF

# Counted by hand (women, men, non-binary, declined, total). The rows of
# those who entered are the twelve's alone. Ages in 2026: women 26 27 46 56
# 41 17, men 25 28 61 36 66, the non-binary one 51. Long-term unemployed:
# 3, 4, 5, 9, 12 by their status, 8 by the date; 7 is not. Employed: 10,
# and 11 self-employed.
# The leavers of December: women 1, 13, 14, 15, 16; men 10, 17, 19 (18
# left in November). Upon leaving, on the exit date or within 28 days
# after it (a qualification gained before leaving counts too):
#   job searching: 14 (3 days), 17 (the day he left); not 15 (before she
#     left);
#   education or training: 16 (17 days); not 14 (31 days);
#   a qualification: 13 (the day she left), 14 (a week before);
#   in employment: 1 (3 days), 13 (17 days), 15 (28 days, the last day
#     counted), 10 (the day he left), 19 (6 days); not 17 (29 days), nor
#     18 (she left in November).
# Followed up in December: women 20, 21; men 22, 23, 24 (25 was on
# 30 November). In employment: 20, 22, 23; a better situation: 20, 21, 24
# (22's is unknown, 23's is no).
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
leavers,5,3,0,0,8
result_job_searching,1,1,0,0,2
result_education,1,0,0,0,1
result_qualification,2,0,0,0,2
result_employed,3,2,0,0,5
followups,2,3,0,0,5
followup_employed,1,2,0,0,3
followup_improved,2,1,0,0,3
EOF
# What the summary prints. Every count below 5, 0 included, is <5. Then:
# the six women are all of ISCED 0-2, so 6 beside participants' 6 women
# would give away that no woman is of ISCED 3-4 or 5-8 (two hidden 0s):
# that 6 is hidden as x (a reader then knows 5 or 6, so 0 or 1 woman above).
# Participants' 1 + 0 non-binary/declined beside 12 - 6 - 5 = 1 are two
# cells of 0..4 that add up to 1: neither is pinned, so they stay <5 alone;
# so do unemployed's 3 + 1 + 0 = 4 men/non-binary/declined.
# The leavers, apart from those who entered (no sum joins the two): 8 - 5
# women = 3 men/non-binary/declined, three cells of 0..3: none pinned. In
# employment upon leaving, 5 in all, each gender at most the leavers' of
# it: women 2 to 4 (the rest at most the leavers' 3), men, non-binary and
# declined 0 to 3 each, 1 to 3 together: none pinned. The other
# results are below 5 whole rows, each cell at most the leavers' (0..4 or
# 0..3), none alone. Followed up: 5 in all, four cells of 0..4 that add up
# to it, so none is pinned; the two rows under it are below 5 throughout.
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
leavers,5,<5,<5,<5,8
result_job_searching,<5,<5,<5,<5,<5
result_education,<5,<5,<5,<5,<5
result_qualification,<5,<5,<5,<5,<5
result_employed,<5,<5,<5,<5,5
followups,<5,<5,<5,<5,5
followup_employed,<5,<5,<5,<5,<5
followup_improved,<5,<5,<5,<5,<5
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
        "age_18_29", "age_55_plus", "isced_0_2", "isced_3_4", "isced_5_8",
        "leavers", "result_job_searching", "result_education", "result_qualification", "result_employed",
        "followups", "followup_employed", "followup_improved"]
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
    for r in (12, 13, 14, 15):                                              # each result, of the leavers
        rel.append((False, at[(11, c)], [at[(r, c)]]))
    for r in (17, 18):                                                      # each follow-up, of those followed up
        rel.append((False, at[(16, c)], [at[(r, c)]]))
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
check "the en PDF names Annex I's results" bash -c "grep -qF 'Participants engaged in job searching upon leaving' '$tmp/summary-en.txt' && grep -qF 'Participants with an improved labour market situation' '$tmp/summary-en.txt'"
check "the sl PDF words the results in Slovenian" grep -qF 'Udeleženci, ki po izstopu iščejo zaposlitev' "$tmp/summary-sl.txt"
check "the hr PDF words the results in Croatian" grep -qF 'Sudionici koji traže posao po izlasku' "$tmp/summary-hr.txt"

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

[[ -n ${ROTA_SUMMARY_KEEP:-} ]] && cp "$tmp"/attack*.out "$tmp"/wide3.csv "$tmp"/summary-*.txt "$ROTA_SUMMARY_KEEP"/
echo "summary: $passed passed, $failed failed"
((failed == 0))
