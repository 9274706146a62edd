build/obj/screens/home.o: screens/home.c src/app/app.h src/util/err.h \
 src/core/badge.h screens/screens.h src/app/scan.h src/core/attendance.h \
 src/core/visit.h src/core/person.h src/ui/screen.h src/ui/event.h \
 src/ui/theme.h src/ui/bigtext.h src/ui/draw.h src/util/date.h \
 src/util/i18n.h
src/app/app.h:
src/util/err.h:
src/core/badge.h:
screens/screens.h:
src/app/scan.h:
src/core/attendance.h:
src/core/visit.h:
src/core/person.h:
src/ui/screen.h:
src/ui/event.h:
src/ui/theme.h:
src/ui/bigtext.h:
src/ui/draw.h:
src/util/date.h:
src/util/i18n.h:
