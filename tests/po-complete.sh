#!/usr/bin/env bash
# Every user-visible string is in the sl, hr and en catalogs, translated and
# not fuzzy. Rebuilds the template from the sources so a new string that no
# catalog has yet fails here.
set -u
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 -k_ -kN_ -kP_:1,2 -o "$tmp/rota.pot" --package-name=rota \
  $(ls src/*/*.c src/*/*.h screens/*.c screens/*.h | sort) src/main.c
passed=0 failed=0
for lang in sl hr en; do
  po=assets/po/$lang.po
  if msgcmp "$po" "$tmp/rota.pot" 2>"$tmp/cmp"; then
    passed=$((passed + 1))
  else
    echo "FAIL $po lacks strings:"; head -20 "$tmp/cmp"; failed=$((failed + 1))
  fi
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$po" 2>&1)
  if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
    echo "FAIL $po: $stats"; failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
  if msgfmt --check-format -o /dev/null "$po" 2>"$tmp/fmt"; then
    passed=$((passed + 1))
  else
    echo "FAIL $po: format strings differ"; cat "$tmp/fmt"; failed=$((failed + 1))
  fi
done
echo "catalogs: $passed passed, $failed failed"
((failed == 0))
