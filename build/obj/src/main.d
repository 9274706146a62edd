build/obj/src/main.o: src/main.c src/app/cli.h src/app/app.h \
 src/util/err.h
src/app/cli.h:
src/app/app.h:
src/util/err.h:
