build/obj/src/util/i18n.o: src/util/i18n.c src/util/i18n.h
src/util/i18n.h:
