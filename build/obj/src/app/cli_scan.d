build/obj/src/app/cli_scan.o: src/app/cli_scan.c src/app/cli.h \
 src/app/app.h src/util/err.h src/app/csv.h src/app/scan.h \
 src/core/attendance.h src/core/visit.h src/core/person.h \
 src/app/visits.h src/store/visits.h src/store/db.h src/util/clock.h \
 src/util/date.h src/util/i18n.h
src/app/cli.h:
src/app/app.h:
src/util/err.h:
src/app/csv.h:
src/app/scan.h:
src/core/attendance.h:
src/core/visit.h:
src/core/person.h:
src/app/visits.h:
src/store/visits.h:
src/store/db.h:
src/util/clock.h:
src/util/date.h:
src/util/i18n.h:
