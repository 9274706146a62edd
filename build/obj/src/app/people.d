build/obj/src/app/people.o: src/app/people.c src/app/people.h \
 src/app/app.h src/util/err.h src/core/person.h src/store/db.h \
 src/store/people.h src/util/alloc.h src/util/collate.h src/util/i18n.h \
 src/util/log.h src/util/text.h
src/app/people.h:
src/app/app.h:
src/util/err.h:
src/core/person.h:
src/store/db.h:
src/store/people.h:
src/util/alloc.h:
src/util/collate.h:
src/util/i18n.h:
src/util/log.h:
src/util/text.h:
