/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A member of staff as a row of the staff list. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-staff-item.h"

#include "sendco-pupil.h"

struct _SendcoStaffItem
{
  GObject      parent_instance;

  SendcoStaff *staff;
  guint        n_provisions;
  char        *search_text;
};

G_DEFINE_FINAL_TYPE (SendcoStaffItem, sendco_staff_item, G_TYPE_OBJECT)

static void
sendco_staff_item_finalize (GObject *object)
{
  SendcoStaffItem *self = SENDCO_STAFF_ITEM (object);

  g_clear_pointer (&self->staff, sendco_staff_free);
  g_free (self->search_text);
  G_OBJECT_CLASS (sendco_staff_item_parent_class)->finalize (object);
}

static void
sendco_staff_item_class_init (SendcoStaffItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sendco_staff_item_finalize;
}

static void
sendco_staff_item_init (SendcoStaffItem *self)
{
}

SendcoStaffItem *
sendco_staff_item_new (const SendcoStaff *staff, guint n_provisions)
{
  SendcoStaffItem *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (staff != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_STAFF_ITEM, NULL);
  self->staff = sendco_staff_copy (staff);
  self->n_provisions = n_provisions;
  text = g_strjoin (" ", staff->name, sendco_staff_role_name (staff->role), NULL);
  self->search_text = sendco_search_fold (text);
  return self;
}

const SendcoStaff *
sendco_staff_item_get_staff (SendcoStaffItem *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_ITEM (self), NULL);
  return self->staff;
}

gint64
sendco_staff_item_get_id (SendcoStaffItem *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_ITEM (self), 0);
  return self->staff->id;
}

guint
sendco_staff_item_get_n_provisions (SendcoStaffItem *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_ITEM (self), 0);
  return self->n_provisions;
}

gboolean
sendco_staff_item_get_retired (SendcoStaffItem *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_ITEM (self), FALSE);
  return self->staff->archived_on[0] != '\0';
}

const char *
sendco_staff_item_get_search_text (SendcoStaffItem *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_ITEM (self), NULL);
  return self->search_text;
}
