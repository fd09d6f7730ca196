/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sendco-ehc.h"

G_BEGIN_DECLS

/* What a deadline belongs to. */
typedef enum
{
  SENDCO_DEADLINE_EHC_REQUEST,
  SENDCO_DEADLINE_ANNUAL_REVIEW,
  SENDCO_DEADLINE_TRANSFER,
  SENDCO_DEADLINE_SUPPORT_PLAN,
  SENDCO_DEADLINE_PARENT_MEETINGS,
  SENDCO_N_DEADLINE_KINDS,
} SendcoDeadlineKind;

typedef enum
{
  SENDCO_URGENCY_OVERDUE,
  SENDCO_URGENCY_SOON,      /* within 14 days */
  SENDCO_URGENCY_LATER,
} SendcoUrgency;

#define SENDCO_DEADLINE_SOON_DAYS 14

#define SENDCO_TYPE_DEADLINE_ITEM (sendco_deadline_item_get_type ())
G_DECLARE_FINAL_TYPE (SendcoDeadlineItem, sendco_deadline_item, SENDCO, DEADLINE_ITEM, GObject)

SendcoDeadlineItem *sendco_deadline_item_new            (gint64              pupil_id,
                                                         const char         *pupil_name,
                                                         SendcoDeadlineKind  kind,
                                                         const char         *step,
                                                         const char         *date,
                                                         SendcoOwner         owner,
                                                         const char         *label,
                                                         const char         *rule);
gint64              sendco_deadline_item_get_pupil_id   (SendcoDeadlineItem *self);
const char         *sendco_deadline_item_get_pupil_name (SendcoDeadlineItem *self);
SendcoDeadlineKind  sendco_deadline_item_get_kind       (SendcoDeadlineItem *self);
const char         *sendco_deadline_item_get_step       (SendcoDeadlineItem *self);
const char         *sendco_deadline_item_get_date       (SendcoDeadlineItem *self);
SendcoOwner         sendco_deadline_item_get_owner      (SendcoDeadlineItem *self);
const char         *sendco_deadline_item_get_label      (SendcoDeadlineItem *self);
const char         *sendco_deadline_item_get_rule       (SendcoDeadlineItem *self);
const char         *sendco_deadline_item_get_note       (SendcoDeadlineItem *self);
void                sendco_deadline_item_set_note       (SendcoDeadlineItem *self,
                                                         const char         *note);
SendcoUrgency       sendco_deadline_item_get_urgency    (SendcoDeadlineItem *self,
                                                         const char         *today);
int                 sendco_deadline_item_days_from      (SendcoDeadlineItem *self,
                                                         const char         *today);

const char         *sendco_deadline_kind_name           (SendcoDeadlineKind  kind);
const char         *sendco_deadline_kind_key            (SendcoDeadlineKind  kind);

G_END_DECLS
