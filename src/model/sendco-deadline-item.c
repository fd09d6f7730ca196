/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One date a SENDCO must not miss: whose, what, when, by which rule, and
 * whose job it is. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sendco-dates.h"
#include "sendco-deadline-item.h"

struct _SendcoDeadlineItem
{
  GObject             parent_instance;

  gint64              pupil_id;
  char               *pupil_name;
  SendcoDeadlineKind  kind;
  char               *step;
  char               *date;
  SendcoOwner         owner;
  char               *label;
  char               *rule;
  char               *note;
};

G_DEFINE_FINAL_TYPE (SendcoDeadlineItem, sendco_deadline_item, G_TYPE_OBJECT)

static void
sendco_deadline_item_finalize (GObject *object)
{
  SendcoDeadlineItem *self = SENDCO_DEADLINE_ITEM (object);

  g_free (self->pupil_name);
  g_free (self->step);
  g_free (self->date);
  g_free (self->label);
  g_free (self->rule);
  g_free (self->note);

  G_OBJECT_CLASS (sendco_deadline_item_parent_class)->finalize (object);
}

static void
sendco_deadline_item_class_init (SendcoDeadlineItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sendco_deadline_item_finalize;
}

static void
sendco_deadline_item_init (SendcoDeadlineItem *self)
{
}

SendcoDeadlineItem *
sendco_deadline_item_new (gint64 pupil_id, const char *pupil_name, SendcoDeadlineKind kind,
                          const char *step, const char *date, SendcoOwner owner,
                          const char *label, const char *rule)
{
  SendcoDeadlineItem *self = g_object_new (SENDCO_TYPE_DEADLINE_ITEM, NULL);

  self->pupil_id = pupil_id;
  self->pupil_name = g_strdup (pupil_name ? pupil_name : "");
  self->kind = kind;
  self->step = g_strdup (step);
  self->date = g_strdup (date);
  self->owner = owner;
  self->label = g_strdup (label);
  self->rule = g_strdup (rule);
  self->note = g_strdup ("");
  return self;
}

gint64
sendco_deadline_item_get_pupil_id (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), 0);
  return self->pupil_id;
}

const char *
sendco_deadline_item_get_pupil_name (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), NULL);
  return self->pupil_name;
}

SendcoDeadlineKind
sendco_deadline_item_get_kind (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), 0);
  return self->kind;
}

const char *
sendco_deadline_item_get_step (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), NULL);
  return self->step;
}

const char *
sendco_deadline_item_get_date (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), NULL);
  return self->date;
}

SendcoOwner
sendco_deadline_item_get_owner (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), 0);
  return self->owner;
}

const char *
sendco_deadline_item_get_label (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), NULL);
  return self->label;
}

const char *
sendco_deadline_item_get_rule (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), NULL);
  return self->rule;
}

/* Anything else the SENDCO should see: an exception, the planned date. */
const char *
sendco_deadline_item_get_note (SendcoDeadlineItem *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), NULL);
  return self->note;
}

void
sendco_deadline_item_set_note (SendcoDeadlineItem *self, const char *note)
{
  g_return_if_fail (SENDCO_IS_DEADLINE_ITEM (self));
  g_free (self->note);
  self->note = g_strdup (note ? note : "");
}

/* Days from @today to the deadline: negative when it has passed. */
int
sendco_deadline_item_days_from (SendcoDeadlineItem *self, const char *today)
{
  GDate due, now;

  g_return_val_if_fail (SENDCO_IS_DEADLINE_ITEM (self), 0);

  g_date_clear (&due, 1);
  g_date_clear (&now, 1);
  if (!sendco_date_from_iso (self->date, &due) || !sendco_date_from_iso (today, &now))
    return 0;
  return g_date_days_between (&now, &due);
}

/* Overdue once the day has passed; soon within 14 days. */
SendcoUrgency
sendco_deadline_item_get_urgency (SendcoDeadlineItem *self, const char *today)
{
  int days = sendco_deadline_item_days_from (self, today);

  if (days < 0)
    return SENDCO_URGENCY_OVERDUE;
  if (days <= SENDCO_DEADLINE_SOON_DAYS)
    return SENDCO_URGENCY_SOON;
  return SENDCO_URGENCY_LATER;
}

const char *
sendco_deadline_kind_name (SendcoDeadlineKind kind)
{
  switch (kind)
    {
    case SENDCO_DEADLINE_EHC_REQUEST: return _("EHC needs assessment");
    case SENDCO_DEADLINE_ANNUAL_REVIEW: return _("Annual review");
    case SENDCO_DEADLINE_TRANSFER: return _("Phase transfer");
    case SENDCO_DEADLINE_SUPPORT_PLAN: return _("Support plan review");
    case SENDCO_DEADLINE_PARENT_MEETINGS: return _("Parent meeting");
    case SENDCO_N_DEADLINE_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sendco_deadline_kind_key (SendcoDeadlineKind kind)
{
  static const char *keys[SENDCO_N_DEADLINE_KINDS] = {
    "ehc-request", "annual-review", "transfer", "support-plan", "parent-meetings",
  };

  g_return_val_if_fail (kind < SENDCO_N_DEADLINE_KINDS, NULL);
  return keys[kind];
}
