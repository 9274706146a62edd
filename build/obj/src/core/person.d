build/obj/src/core/person.o: src/core/person.c src/core/person.h \
 src/util/text.h
src/core/person.h:
src/util/text.h:
