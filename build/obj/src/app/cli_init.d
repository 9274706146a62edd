build/obj/src/app/cli_init.o: src/app/cli_init.c src/app/cli.h \
 src/app/app.h src/util/err.h src/app/demo.h src/app/people.h \
 src/core/person.h src/util/clock.h src/util/i18n.h
src/app/cli.h:
src/app/app.h:
src/util/err.h:
src/app/demo.h:
src/app/people.h:
src/core/person.h:
src/util/clock.h:
src/util/i18n.h:
