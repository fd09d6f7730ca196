/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A provision as a row of the library list: read once when the list is
 * filled, so sorting and filtering never go back to the store. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provision-item.h"

#include "sendco-pupil.h"

struct _SendcoProvisionItem
{
  GObject                 parent_instance;

  SendcoProvision        *provision;
  char                   *staff_name;    /* "" when nobody is named */
  char                   *staff_role;
  guint                   pupils_now;
  SendcoProvisionCosting  costing;
  char                   *search_text;   /* folded name, description, staff and measure */
};

G_DEFINE_FINAL_TYPE (SendcoProvisionItem, sendco_provision_item, G_TYPE_OBJECT)

static void
sendco_provision_item_finalize (GObject *object)
{
  SendcoProvisionItem *self = SENDCO_PROVISION_ITEM (object);

  g_clear_pointer (&self->provision, sendco_provision_free);
  g_free (self->staff_name);
  g_free (self->staff_role);
  g_free (self->search_text);
  G_OBJECT_CLASS (sendco_provision_item_parent_class)->finalize (object);
}

static void
sendco_provision_item_class_init (SendcoProvisionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sendco_provision_item_finalize;
}

static void
sendco_provision_item_init (SendcoProvisionItem *self)
{
}

SendcoProvisionItem *
sendco_provision_item_new (const SendcoProvision *provision, const SendcoStaff *staff,
                           guint pupils_now, const SendcoProvisionCosting *costing)
{
  SendcoProvisionItem *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (provision != NULL && costing != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_PROVISION_ITEM, NULL);
  self->provision = sendco_provision_copy (provision);
  self->staff_name = g_strdup (staff ? staff->name : "");
  self->staff_role = g_strdup (staff ? staff->role : "");
  self->pupils_now = pupils_now;
  self->costing = *costing;
  text = g_strjoin (" ", provision->name, provision->description, self->staff_name,
                    provision->measure_name, NULL);
  self->search_text = sendco_search_fold (text);
  return self;
}

const SendcoProvision *
sendco_provision_item_get_provision (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), NULL);
  return self->provision;
}

gint64
sendco_provision_item_get_id (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), 0);
  return self->provision->id;
}

const char *
sendco_provision_item_get_staff_name (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), NULL);
  return self->staff_name;
}

const char *
sendco_provision_item_get_staff_role (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), NULL);
  return self->staff_role;
}

guint
sendco_provision_item_get_pupils_now (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), 0);
  return self->pupils_now;
}

const SendcoProvisionCosting *
sendco_provision_item_get_costing (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), NULL);
  return &self->costing;
}

gboolean
sendco_provision_item_get_retired (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), FALSE);
  return self->provision->archived_on[0] != '\0';
}

const char *
sendco_provision_item_get_search_text (SendcoProvisionItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_ITEM (self), NULL);
  return self->search_text;
}
