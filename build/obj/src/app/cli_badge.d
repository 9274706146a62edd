build/obj/src/app/cli_badge.o: src/app/cli_badge.c src/app/badge.h \
 src/app/app.h src/util/err.h src/core/badge.h src/store/badges.h \
 src/core/person.h src/store/db.h src/app/cli.h src/util/clock.h \
 src/util/i18n.h
src/app/badge.h:
src/app/app.h:
src/util/err.h:
src/core/badge.h:
src/store/badges.h:
src/core/person.h:
src/store/db.h:
src/app/cli.h:
src/util/clock.h:
src/util/i18n.h:
