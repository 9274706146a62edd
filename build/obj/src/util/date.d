build/obj/src/util/date.o: src/util/date.c src/util/date.h \
 src/util/i18n.h
src/util/date.h:
src/util/i18n.h:
