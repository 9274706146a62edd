build/obj/src/app/cli_kiosk.o: src/app/cli_kiosk.c src/app/cli.h \
 src/app/app.h src/util/err.h src/app/kiosk.h src/ui/input.h \
 src/ui/event.h src/ui/screen.h src/util/i18n.h
src/app/cli.h:
src/app/app.h:
src/util/err.h:
src/app/kiosk.h:
src/ui/input.h:
src/ui/event.h:
src/ui/screen.h:
src/util/i18n.h:
