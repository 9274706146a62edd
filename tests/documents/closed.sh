# A closed month on paper (sourced by tests/documents/run.sh, with its at,
# quiet, check and $tmp): the closed list prints who closed it and its
# fingerprint and keeps the signed hours after a later correction; the
# next month's list prints the change under "changes to closed months";
# the allowance list reads back with the CSV's amounts and a column to sign.
db=$tmp/closed.db
quiet 2026-09-20T09:00:00 init
quiet 2026-09-20T09:00:00 config set workshop_name "Delavnica Šivanka"
quiet 2026-09-20T09:00:00 person add --name "Maja Novak" --role mentor          # 1
quiet 2026-09-20T09:00:00 person add --name "Tjaša Horvat" --role coordinator   # 2
quiet 2026-09-20T09:00:00 person add --name "Đurđa Marić" --role participant    # 3
quiet 2026-09-20T09:00:00 person add --name "Luka Čeh" --role participant       # 4
quiet 2026-10-05T09:00:00 visit add 3 --date 2026-10-01 --check-in 08:00 --check-out 14:20 --by 1 --reason paper
quiet 2026-10-05T09:00:00 visit add 4 --date 2026-10-02 --check-in 07:55 --check-out 13:56 --by 1 --reason paper
quiet 2026-10-05T09:00:00 config set allowance_per_hour 2.15
quiet 2026-10-05T09:00:00 config set allowance_transport_per_day 1.60
quiet 2026-10-05T09:00:00 config set allowance_meal_per_day 3.50
at 2026-11-02T07:00:00 month close 2026-10 --by 2
fp=$(grep -oE '[0-9a-f]{64}' "$tmp/out")
quiet 2026-11-05T09:00:00 visit correct 1 --check-out 15:59 --by 2 --reason "the paper list says 15:59"

at 2026-11-06T09:00:00 attendance --month 2026-10 --pdf "$tmp/closed-oct.pdf" --by 2
check "the closed month's list is written" rc 0
pdftotext "$tmp/closed-oct.pdf" "$tmp/closed-oct.txt" 2>/dev/null
check "it says who closed it and when" bash -c "tr '\n' ' ' <'$tmp/closed-oct.txt' | grep -qF 'Closed on 2 November 2026 by Tjaša Horvat'"
check "and prints its fingerprint, the one rota month list recomputes" \
  bash -c "tr -d ' \n' <'$tmp/closed-oct.txt' | grep -qF '$fp' && '$BIN' --db '$db' month list --csv | grep -qF ',$fp,1,'"
check "it keeps the signed hours (6.33), not the correction's (7.98)" \
  bash -c "grep -qx '6.33' '$tmp/closed-oct.txt' && ! grep -q '7.98' '$tmp/closed-oct.txt'"
at 2026-11-06T09:00:00 attendance --month 2026-11 --pdf "$tmp/closed-nov.pdf" --by 2
pdftotext "$tmp/closed-nov.pdf" "$tmp/closed-nov.txt" 2>/dev/null
check "the next month's list shows the change under 'changes to closed months'" \
  bash -c "tr '\n' ' ' <'$tmp/closed-nov.txt' | grep -qF 'Changes to closed months: October 2026: Đurđa Marić, 2026-10-01, visit corrected, 6.33 h → 7.98 h, by Tjaša Horvat on 2026-11-05: the paper list says 15:59.'"

# Later documents of closed October: the closed hours (6.33), the
# amendment's (7.98) beside them, said; never the corrected figure alone.
at 2026-11-06T09:00:00 report 3 --meeting mid --pdf "$tmp/closed-report.pdf"
check "the team report is written" rc 0
pdftotext "$tmp/closed-report.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$tmp/closed-report.txt"
check "the team report's October keeps the closed hours, marked" grep -qF "6.33 h *" "$tmp/closed-report.txt"
check "and says what the amendment made of them" \
  grep -qF "* October 2026: 6.33 h as the month was closed; amended after closing to 7.98 h, see the amendments." \
  "$tmp/closed-report.txt"
check "its total is the closed hours'" grep -qF "Hours: 6.33 of" "$tmp/closed-report.txt"
at 2026-11-06T09:00:00 person export 3 --out "$tmp/closed-export"
pdftotext "$tmp/closed-export/summary.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$tmp/closed-export.txt"
check "her data export (in her Slovenian) keeps October's closed hours and says the amended ones" \
  grep -qF "6,33 (spremenjeno po zaključku: 7,98)" "$tmp/closed-export.txt"
at 2026-11-06T09:00:00 summary --from 2026-10-01 --to 2026-10-31 --pdf "$tmp/closed-summary.pdf"
pdftotext "$tmp/closed-summary.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$tmp/closed-summary.txt"
check "the summary's hours of presence are October's as closed (6.33 + 6.02)" \
  grep -qF "Hours of presence: 12.35." "$tmp/closed-summary.txt"
check "and it says what the amendment made of them" \
  grep -qF "amendments after closing make the hours of presence 14.00, see the amendments." "$tmp/closed-summary.txt"

at 2026-11-06T09:00:00 allowance --month 2026-10 --csv
tr -d '\r' <"$tmp/out" >"$tmp/allowance.csv"
at 2026-11-06T09:00:00 allowance --month 2026-10 --pdf "$tmp/allowance.pdf" --by 2
check "the allowance list is written" rc 0
pdftotext -layout "$tmp/allowance.pdf" "$tmp/allowance.txt" 2>/dev/null
check "landscape A4" bash -c "pdfinfo '$tmp/allowance.pdf' | grep -qE 'Page size: +841.89 x 595.27'"
check "with a column to sign for receipt" grep -qF "Received (signature)" "$tmp/allowance.txt"
check "every participant's amounts as the CSV has them" bash -c "
  while IFS=, read -r id name hours days meals a b c total; do
    [[ \$id == person_id ]] && continue
    [[ -z \$id ]] && name=Total
    grep -E \"^\$name +\$hours +\$days +\$meals +\$a +\$b +\$c +\$total\" '$tmp/allowance.txt' >/dev/null || { echo \"\$name\"; exit 1; }
  done <'$tmp/allowance.csv'"
check "Đurđa: 6.33 h × 2.15 = 13.61, 1 day × 1.60, a meal (4 h or more) 3.50: 18.71" grep -q "^3,Đurđa Marić,6.33,1,1,13.61,1.60,3.50,18.71$" "$tmp/allowance.csv"
check "a short list is one page: its total shares it with the coordinator's box" bash -c \
  "pdfinfo '$tmp/allowance.pdf' | grep -qE '^Pages: +1$' && grep -qF Coordinator '$tmp/allowance.txt'"
check "no heading is split inside a word" bash -c "! grep -qE '^ +(o|no|ano)$' '$tmp/allowance.txt'"
check "pdftoppm renders it" pdftoppm -png -r 60 "$tmp/allowance.pdf" "$tmp/allowance"
# In Croatian: each amount stays on one line with its EUR, and the meal's
# hours need no plural ("najmanje 4 h", not the wrong "4 sati").
ROTA_NOW=2026-11-06T09:00:00 "$BIN" --db "$db" --lang hr allowance --month 2026-10 --pdf "$tmp/allowance-hr.pdf" --by 2 >/dev/null 2>&1
pdftotext "$tmp/allowance-hr.pdf" "$tmp/allowance-hr.txt" 2>/dev/null
check "hr allowance: no amount is parted from its EUR at a line's end" bash -c \
  "grep -qE '2,15.EUR' '$tmp/allowance-hr.txt' && ! grep -qE '^EUR' '$tmp/allowance-hr.txt'"
check "hr allowance: a meal per day of at least 4 h" bash -c "tr '\n' ' ' <'$tmp/allowance-hr.txt' | grep -qF 'najmanje 4 h:'"
