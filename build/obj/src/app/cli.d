build/obj/src/app/cli.o: src/app/cli.c src/app/cli.h src/app/app.h \
 src/util/err.h src/util/clock.h src/util/i18n.h src/util/log.h
src/app/cli.h:
src/app/app.h:
src/util/err.h:
src/util/clock.h:
src/util/i18n.h:
src/util/log.h:
