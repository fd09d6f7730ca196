/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sendco-provision-map.h"
#include "sendco-provision.h"
#include "sendco-store.h"

G_BEGIN_DECLS

GPtrArray          *sendco_store_list_staff              (SendcoStore           *self,
                                                          gboolean               include_archived,
                                                          GError               **error);
gboolean            sendco_store_save_staff              (SendcoStore           *self,
                                                          SendcoStaff           *staff,
                                                          GError               **error);
gboolean            sendco_store_set_staff_archived      (SendcoStore           *self,
                                                          gint64                 staff_id,
                                                          const char            *date,
                                                          GError               **error);
GPtrArray          *sendco_store_list_provisions         (SendcoStore           *self,
                                                          gboolean               include_archived,
                                                          GError               **error);
SendcoProvision    *sendco_store_get_provision           (SendcoStore           *self,
                                                          gint64                 provision_id,
                                                          GError               **error);
gboolean            sendco_store_save_provision          (SendcoStore           *self,
                                                          SendcoProvision       *provision,
                                                          GError               **error);
gboolean            sendco_store_set_provision_archived  (SendcoStore           *self,
                                                          gint64                 provision_id,
                                                          const char            *date,
                                                          GError               **error);
GPtrArray          *sendco_store_list_enrolments         (SendcoStore           *self,
                                                          gint64                 provision_id,
                                                          gint64                 pupil_id,
                                                          GError               **error);
gboolean            sendco_store_save_enrolment          (SendcoStore           *self,
                                                          SendcoEnrolment       *enrolment,
                                                          GError               **error);
gboolean            sendco_store_delete_enrolment        (SendcoStore           *self,
                                                          gint64                 enrolment_id,
                                                          GError               **error);
gint64              sendco_store_get_sen_budget          (SendcoStore           *self);
gboolean            sendco_store_set_sen_budget          (SendcoStore           *self,
                                                          gint64                 pence,
                                                          GError               **error);
SendcoProvisionMap *sendco_store_build_provision_map     (SendcoStore           *self,
                                                          const SendcoMapFilter *filter,
                                                          const GDate           *today,
                                                          GError               **error);

G_END_DECLS
