/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-pupil.h"
#include "sendco-records.h"
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
#define SENDCO_SCHEMA_VERSION 3

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
/* The graduated approach (sendco-store-plans.c) */
GPtrArray    *sendco_store_list_support_plans (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               GError               **error);
gboolean      sendco_store_save_support_plan  (SendcoStore           *self,
                                               SendcoSupportPlan     *plan,
                                               GError               **error);
SendcoPlanReview *sendco_store_get_plan_review (SendcoStore          *self,
                                               gint64                 plan_id,
                                               GError               **error);
gboolean      sendco_store_hold_plan_review   (SendcoStore           *self,
                                               SendcoSupportPlan     *plan,
                                               SendcoPlanReview      *review,
                                               const char            *next_review_date,
                                               gint64                *next_plan_id,
                                               GError               **error);
GPtrArray    *sendco_store_list_parent_meetings (SendcoStore         *self,
                                               gint64                 pupil_id,
                                               GError               **error);
gboolean      sendco_store_add_parent_meeting (SendcoStore           *self,
                                               SendcoParentMeeting   *meeting,
                                               GError               **error);
gboolean      sendco_store_delete_parent_meeting (SendcoStore        *self,
                                               gint64                 meeting_id,
                                               GError               **error);
SendcoPassport *sendco_store_get_passport     (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               GError               **error);
gboolean      sendco_store_save_passport      (SendcoStore           *self,
                                               SendcoPassport        *passport,
                                               GError               **error);

/* EHC requests, plans and annual reviews (sendco-store-ehc.c) */
GPtrArray    *sendco_store_list_ehc_requests  (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               GError               **error);
gboolean      sendco_store_save_ehc_request   (SendcoStore           *self,
                                               SendcoEhcRequest      *request,
                                               GError               **error);
GPtrArray    *sendco_store_list_ehc_plans     (SendcoStore           *self,
                                               gint64                 pupil_id,
                                               GError               **error);
gboolean      sendco_store_save_ehc_plan      (SendcoStore           *self,
                                               SendcoEhcPlan         *plan,
                                               GError               **error);
GPtrArray    *sendco_store_list_annual_reviews (SendcoStore          *self,
                                               gint64                 plan_id,
                                               GError               **error);
gboolean      sendco_store_save_annual_review (SendcoStore           *self,
                                               SendcoAnnualReview    *review,
                                               GError               **error);

guint         sendco_store_count_audit        (SendcoStore           *self,
                                               const char            *table,
                                               gint64                 row_id,
                                               const char            *action);

G_END_DECLS
