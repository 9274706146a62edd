build/obj/src/app/cli_config.o: src/app/cli_config.c src/app/cli.h \
 src/app/app.h src/util/err.h src/util/i18n.h
src/app/cli.h:
src/app/app.h:
src/util/err.h:
src/util/i18n.h:
