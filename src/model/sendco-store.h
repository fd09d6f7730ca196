/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-pupil.h"
#include "sendco-school.h"

G_BEGIN_DECLS

#define SENDCO_STORE_ERROR (sendco_store_error_quark ())

typedef enum
{
  SENDCO_STORE_ERROR_FAILED,
  SENDCO_STORE_ERROR_NOT_SENDCO,
  SENDCO_STORE_ERROR_NEWER,
  SENDCO_STORE_ERROR_LOCKED,
  SENDCO_STORE_ERROR_READ_ONLY,
  SENDCO_STORE_ERROR_CONSTRAINT,
  SENDCO_STORE_ERROR_NOT_FOUND,
  SENDCO_STORE_ERROR_INVALID,
  SENDCO_STORE_ERROR_NO_SCHOOL,
} SendcoStoreError;

typedef enum
{
  SENDCO_STORE_OPEN_DEFAULT   = 0,
  SENDCO_STORE_OPEN_CREATE    = 1 << 0,
  SENDCO_STORE_OPEN_READ_ONLY = 1 << 1,
} SendcoStoreOpenFlags;

/* The schema this build writes; a file with a higher version is refused. */
#define SENDCO_SCHEMA_VERSION 1

#define SENDCO_TYPE_STORE (sendco_store_get_type ())
G_DECLARE_FINAL_TYPE (SendcoStore, sendco_store, SENDCO, STORE, GObject)

GQuark        sendco_store_error_quark        (void);

SendcoStore  *sendco_store_open               (const char            *path,
                                               SendcoStoreOpenFlags   flags,
                                               GError               **error);
const char   *sendco_store_get_path           (SendcoStore           *self);
gboolean      sendco_store_is_read_only       (SendcoStore           *self);
int           sendco_store_get_schema_version (SendcoStore           *self);
char         *sendco_store_default_path       (void);

gboolean      sendco_store_begin              (SendcoStore           *self,
                                               GError               **error);
gboolean      sendco_store_commit             (SendcoStore           *self,
                                               GError               **error);
void          sendco_store_rollback           (SendcoStore           *self);

/* School */
SendcoSchool *sendco_store_get_school         (SendcoStore           *self,
                                               GError               **error);
gboolean      sendco_store_set_school         (SendcoStore           *self,
                                               SendcoSchool          *school,
                                               GError               **error);
gboolean      sendco_store_has_school         (SendcoStore           *self);

/* Pupils */
GListStore   *sendco_store_list_pupils        (SendcoStore           *self,
                                               gboolean               include_archived,
                                               GError               **error);
SendcoPupil  *sendco_store_get_pupil          (SendcoStore           *self,
                                               gint64                 id,
                                               GError               **error);
SendcoPupil  *sendco_store_find_pupil_by_upn  (SendcoStore           *self,
                                               const char            *upn,
                                               GError               **error);
gboolean      sendco_store_insert_pupil       (SendcoStore           *self,
                                               SendcoPupil           *pupil,
                                               const char            *since,
                                               const char            *reason,
                                               GError               **error);
gboolean      sendco_store_update_pupil       (SendcoStore           *self,
                                               SendcoPupil           *pupil,
                                               GError               **error);
gboolean      sendco_store_change_sen_status  (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               const char            *status,
                                               const char            *primary_need,
                                               const char            *secondary_need,
                                               const char            *effective,
                                               const char            *reason,
                                               GError               **error);
gboolean      sendco_store_set_monitoring     (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               gboolean               monitoring,
                                               const char            *since,
                                               const char            *note,
                                               GError               **error);
gboolean      sendco_store_archive_pupil      (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               const char            *date,
                                               const char            *reason,
                                               GError               **error);
gboolean      sendco_store_restore_pupil      (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               GError               **error);
GPtrArray    *sendco_store_sen_history        (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               GError               **error);
guint         sendco_store_count_audit        (SendcoStore           *self,
                                               const char            *table,
                                               gint64                 row_id,
                                               const char            *action);

G_END_DECLS
