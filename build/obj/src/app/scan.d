build/obj/src/app/scan.o: src/app/scan.c src/app/scan.h src/app/app.h \
 src/util/err.h src/core/attendance.h src/core/visit.h src/core/person.h \
 src/app/badge.h src/core/badge.h src/store/badges.h src/store/db.h \
 src/app/people.h src/core/hours.h src/store/people.h src/store/visits.h \
 src/util/date.h src/util/log.h src/util/text.h
src/app/scan.h:
src/app/app.h:
src/util/err.h:
src/core/attendance.h:
src/core/visit.h:
src/core/person.h:
src/app/badge.h:
src/core/badge.h:
src/store/badges.h:
src/store/db.h:
src/app/people.h:
src/core/hours.h:
src/store/people.h:
src/store/visits.h:
src/util/date.h:
src/util/log.h:
src/util/text.h:
