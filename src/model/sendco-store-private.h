/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the model layer only: the pieces of SendcoStore that its other files
 * (one per area of the domain) share. Nothing outside src/model includes this. */
#pragma once

#include <sqlite3.h>

#include "sendco-store.h"

G_BEGIN_DECLS

/* The Sendco file signature in PRAGMA application_id: "SEND". */
#define SENDCO_APPLICATION_ID 0x53454E44

sqlite3_stmt *sendco_store_prepare       (SendcoStore   *self,
                                          const char    *sql,
                                          GError       **error);
gboolean      sendco_store_exec          (SendcoStore   *self,
                                          const char    *sql,
                                          GError       **error);
gboolean      sendco_store_step_done     (SendcoStore   *self,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);
gboolean      sendco_store_fail          (SendcoStore   *self,
                                          int            rc,
                                          GError       **error);
void          sendco_store_touch         (SendcoStore   *self,
                                          const char    *table);
gboolean      sendco_store_finish_write  (SendcoStore   *self,
                                          gboolean       ok,
                                          GError       **error);
sqlite3      *sendco_store_get_db        (SendcoStore   *self);
gboolean      sendco_store_invalid       (GError       **error,
                                          const char    *message);
gboolean      sendco_store_blank         (const char    *text);
gboolean      sendco_store_check_date    (const char    *iso,
                                          gboolean       optional,
                                          const char    *what,
                                          GError       **error);

/* For the migration tests: open without migrating past @version. */
SendcoStore  *sendco_store_open_at_version (const char  *path,
                                            int          version,
                                            GError     **error);

void          sendco_bind_text           (sqlite3_stmt  *stmt,
                                          int            index,
                                          const char    *text);
void          sendco_bind_text_or_null   (sqlite3_stmt  *stmt,
                                          int            index,
                                          const char    *text);
const char   *sendco_column_text         (sqlite3_stmt  *stmt,
                                          int            index);

G_END_DECLS
