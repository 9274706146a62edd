#!/usr/bin/env bash
# Fails when a file includes what its layer may not (see DESIGN.md, Architecture).
set -u
cd "$(dirname "$0")/.."
bad=0
check() { # folder, regex of forbidden includes, what it means
  local dir=$1 re=$2
  local hits
  hits=$(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($re)" "$dir"/*.[ch] 2>/dev/null)
  if [[ -n $hits ]]; then
    echo "layer violation in $dir/:"; echo "$hits"; bad=1
  fi
}
check src/core  'curses\.h|ncurses|ncursesw/|sqlite3\.h|store/|app/|ui/|screens/|out/|cli/|kiosk/|stdio\.h|unistd\.h|fcntl\.h'
check src/util  'curses\.h|ncurses|ncursesw/|sqlite3\.h|store/|app/|ui/|screens/|core/|out/|cli/|kiosk/'
check src/store 'curses\.h|ncurses|ncursesw/|cairo|libpq|central/|app/|ui/|screens/|out/|cli/|kiosk/'
check src/central 'curses\.h|ncurses|ncursesw/|sqlite3\.h|cairo|store/|app/|ui/|screens/|out/|cli/|kiosk/'
check src/out   'curses\.h|ncurses|ncursesw/|sqlite3\.h|libpq|store/|central/|app/|ui/|screens/|cli/|kiosk/'
check src/app   'curses\.h|ncurses|ncursesw/|cairo|ui/|screens/|cli/|kiosk/'
check src/ui    'libpq|central/|sqlite3\.h|cairo|store/|app/|screens/|out/|cli/|kiosk/'
check screens   'libpq|central/|sqlite3\.h|cairo|store/|cli/|kiosk/'
check src/kiosk 'libpq|central/|sqlite3\.h|cairo|store/|cli/'
check src/cli   'libpq|central/|curses\.h|ncurses|ncursesw/|cairo|screens/|store/|sqlite3\.h'
# A use case's header hands out core types, never the store's: what includes
# it (a screen) must not reach the store through it.
check_headers() { # folder, regex
  local hits
  hits=$(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" "$1"/*.h 2>/dev/null)
  if [[ -n $hits ]]; then echo "layer violation in $1/*.h:"; echo "$hits"; bad=1; fi
}
check_headers src/app 'store/|central/|sqlite3\.h|libpq|cairo|out/'
# Documents are composed below the command line (DESIGN: app -> out): the
# command line parses, calls one document-level entry point and says the
# outcome. It may include from src/out only the badge sheet, which takes
# the people and their payloads and composes the whole sheet itself, and
# the codes' and the refusals' words (sentences for a reader, no document);
# the drawing headers (doc.h and the layouts that include it: table_pdf.h,
# attendance_pdf.h ...) are for the composers in src/app/*_doc.c alone.
hits=$(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]out/' src/cli/*.[ch] 2>/dev/null |
  grep -vE '[<"]out/(badge_sheet|refusal_words|err_words)\.h[>"]')
if [[ -n $hits ]]; then
  echo "layer violation: src/cli draws a document itself (compose it in src/app/*_doc.c):"; echo "$hits"; bad=1
fi
# The drawing headers: doc.h and every layout built on it.
doc_headers=$( { echo src/out/doc.h; grep -lE '#[[:space:]]*include[[:space:]]*"out/doc\.h"' src/out/*.h; } |
  sed 's|^src/||; s|\.|\\.|g' | paste -sd'|')
hits=$(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($doc_headers)[>\"]" src/app/*.c 2>/dev/null |
  grep -vE '^src/app/[a-z_]+_doc\.c:')
if [[ -n $hits ]]; then
  echo "layer violation: only a document's composer (src/app/*_doc.c) draws with src/out:"; echo "$hits"; bad=1
fi
# No SQLite handle leaves the store: its public headers must not mention sqlite3.
if grep -nE 'sqlite3' src/store/*.h | grep -v '^src/store/db_internal\.h' >/dev/null; then
  echo "layer violation: a public store header mentions sqlite3:"
  grep -nE 'sqlite3' src/store/*.h | grep -v '^src/store/db_internal\.h'; bad=1
fi
# No libpq type leaves src/central: only its loader's header names them.
if grep -lE 'libpq-fe\.h|central/pq_lib\.h' src/*/*.[ch] screens/*.c 2>/dev/null | grep -v '^src/central/' >/dev/null; then
  echo "layer violation: libpq used outside src/central/"; bad=1
fi
if grep -lE 'store/db_internal\.h' src/*/*.c screens/*.c 2>/dev/null | grep -v '^src/store/' >/dev/null; then
  echo "layer violation: db_internal.h used outside src/store/"; bad=1
fi
if ((bad)); then echo "check-layers: FAILED"; exit 1; fi
echo "check-layers: ok"
