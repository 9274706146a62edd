build/obj/src/app/csv.o: src/app/csv.c src/app/csv.h
src/app/csv.h:
