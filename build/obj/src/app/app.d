build/obj/src/app/app.o: src/app/app.c src/app/app.h src/util/err.h \
 src/app/badge_key.h src/store/db.h src/store/settings.h src/util/alloc.h \
 src/util/i18n.h src/util/log.h src/util/text.h
src/app/app.h:
src/util/err.h:
src/app/badge_key.h:
src/store/db.h:
src/store/settings.h:
src/util/alloc.h:
src/util/i18n.h:
src/util/log.h:
src/util/text.h:
