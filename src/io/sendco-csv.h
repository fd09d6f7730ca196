/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SENDCO_CSV_ERROR (sendco_csv_error_quark ())

typedef enum
{
  SENDCO_CSV_ERROR_READ,          /* the file cannot be read */
  SENDCO_CSV_ERROR_EMPTY,         /* no header row */
  SENDCO_CSV_ERROR_ENCODING,      /* not UTF-8 (the message names the line) */
  SENDCO_CSV_ERROR_UNTERMINATED,  /* a quoted field never closes (names its line) */
  SENDCO_CSV_ERROR_TOO_LARGE,
} SendcoCsvError;

/* A parsed CSV file: the header and each data row with the physical line it
 * began on (the header is line 1). Fields are trimmed UTF-8; a byte-order
 * mark, CRLF line ends and blank lines are accepted. */
typedef struct _SendcoCsvTable SendcoCsvTable;

GQuark          sendco_csv_error_quark       (void);

SendcoCsvTable *sendco_csv_table_read        (const char      *path,
                                              GError         **error);
SendcoCsvTable *sendco_csv_table_parse       (const char      *data,
                                              gsize            length,
                                              GError         **error);
void            sendco_csv_table_free        (SendcoCsvTable  *table);

guint           sendco_csv_table_n_columns   (SendcoCsvTable  *table);
const char     *sendco_csv_table_header      (SendcoCsvTable  *table,
                                              guint            column);
guint           sendco_csv_table_n_rows      (SendcoCsvTable  *table);
guint           sendco_csv_table_row_line    (SendcoCsvTable  *table,
                                              guint            row);
guint           sendco_csv_table_row_n_fields (SendcoCsvTable *table,
                                              guint            row);
/* "" when the row has no such field */
const char     *sendco_csv_table_field       (SendcoCsvTable  *table,
                                              guint            row,
                                              guint            column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoCsvTable, sendco_csv_table_free)

G_END_DECLS
