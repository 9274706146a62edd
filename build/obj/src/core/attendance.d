build/obj/src/core/attendance.o: src/core/attendance.c \
 src/core/attendance.h src/core/visit.h
src/core/attendance.h:
src/core/visit.h:
