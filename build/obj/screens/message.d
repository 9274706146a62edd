build/obj/screens/message.o: screens/message.c screens/screens.h \
 src/app/scan.h src/app/app.h src/util/err.h src/core/attendance.h \
 src/core/visit.h src/core/person.h src/ui/screen.h src/ui/event.h \
 src/ui/theme.h src/ui/bigtext.h src/ui/draw.h src/util/i18n.h
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
src/ui/bigtext.h:
src/ui/draw.h:
src/util/i18n.h:
