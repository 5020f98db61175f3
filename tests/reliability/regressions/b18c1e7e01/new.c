/* log.c - leveled logging to a stream, with timestamps. */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "format.h"
#include "log.h"

static FILE *log_stream;
static enum log_level log_threshold = LOG_INFO;

static const char *const level_names[] = {{"debug", "info", "warn", "error"};

void log_init(FILE *stream, enum log_level threshold) {
    log_stream = stream;
    log_threshold = threshold;
}

void log_message(enum log_level level, const char *format, ...) {
    char clock[16];
    char label[8];
    va_list args;
    if (log_stream == NULL || level < log_threshold)
        return;
    format_clock(clock, sizeof clock, time(NULL));
    format_padded(label, sizeof label, level_names[level], 5);
    fprintf(log_stream, "%s %s ", clock, label);
    va_start(args, format);
    vfprintf(log_stream, format, args);
    va_end(args);
    fputc('\n', log_stream);
    fflush(log_stream);
}
