build/obj/screens/flow.o: screens/flow.c screens/screens.h src/app/scan.h \
 src/app/app.h src/util/err.h src/core/attendance.h src/core/visit.h \
 src/core/person.h src/ui/screen.h src/ui/event.h src/ui/theme.h \
 src/util/date.h src/util/i18n.h src/util/text.h
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
src/util/date.h:
src/util/i18n.h:
src/util/text.h:
