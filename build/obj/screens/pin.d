build/obj/screens/pin.o: screens/pin.c src/core/badge.h screens/screens.h \
 src/app/scan.h src/app/app.h src/util/err.h src/core/attendance.h \
 src/core/visit.h src/core/person.h src/ui/screen.h src/ui/event.h \
 src/ui/theme.h src/ui/draw.h src/util/i18n.h
src/core/badge.h:
screens/screens.h:
src/app/scan.h:
src/app/app.h:
src/util/err.h:
src/core/attendance.h:
src/core/visit.h:
src/core/person.h:
src/ui/screen.h:
src/ui/event.h:
src/ui/theme.h:
src/ui/draw.h:
src/util/i18n.h:
