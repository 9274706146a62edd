build/obj/screens/names.o: screens/names.c src/app/people.h src/app/app.h \
 src/util/err.h src/core/person.h src/core/badge.h screens/screens.h \
 src/app/scan.h src/core/attendance.h src/core/visit.h src/ui/screen.h \
 src/ui/event.h src/ui/theme.h src/ui/draw.h src/util/alloc.h \
 src/util/collate.h src/util/i18n.h src/util/text.h
src/app/people.h:
src/app/app.h:
src/util/err.h:
src/core/person.h:
src/core/badge.h:
screens/screens.h:
src/app/scan.h:
src/core/attendance.h:
src/core/visit.h:
src/ui/screen.h:
src/ui/event.h:
src/ui/theme.h:
src/ui/draw.h:
src/util/alloc.h:
src/util/collate.h:
src/util/i18n.h:
src/util/text.h:
