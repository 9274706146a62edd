build/obj/src/app/kiosk.o: src/app/kiosk.c src/app/kiosk.h src/app/app.h \
 src/util/err.h src/ui/input.h src/ui/event.h src/ui/screen.h \
 src/core/session.h screens/screens.h src/app/scan.h \
 src/core/attendance.h src/core/visit.h src/core/person.h src/ui/theme.h \
 src/ui/term.h src/util/alloc.h src/util/clock.h src/util/log.h
src/app/kiosk.h:
src/app/app.h:
src/util/err.h:
src/ui/input.h:
src/ui/event.h:
src/ui/screen.h:
src/core/session.h:
screens/screens.h:
src/app/scan.h:
src/core/attendance.h:
src/core/visit.h:
src/core/person.h:
src/ui/theme.h:
src/ui/term.h:
src/util/alloc.h:
src/util/clock.h:
src/util/log.h:
