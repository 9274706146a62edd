build/obj/src/util/err.o: src/util/err.c src/util/err.h src/util/i18n.h
src/util/err.h:
src/util/i18n.h:
