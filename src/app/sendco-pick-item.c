/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An item of a SendcoPickDialog. "chosen" is a property, so each row's
 * check button follows it and the dialog counts what is chosen. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-pick-item.h"

#include "sendco-pupil.h"

struct _SendcoPickItem
{
  GObject   parent_instance;

  gint64    id;
  char     *title;
  char     *subtitle;
  char     *note;
  int       area;          /* a SendcoArea for the colour dot, or -1 */
  char     *search_text;
  gboolean  chosen;
};

G_DEFINE_FINAL_TYPE (SendcoPickItem, sendco_pick_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sendco_pick_item_finalize (GObject *object)
{
  SendcoPickItem *self = SENDCO_PICK_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->note);
  g_free (self->search_text);
  G_OBJECT_CLASS (sendco_pick_item_parent_class)->finalize (object);
}

static void
sendco_pick_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SendcoPickItem *self = SENDCO_PICK_ITEM (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      g_value_set_boolean (value, self->chosen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_pick_item_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SendcoPickItem *self = SENDCO_PICK_ITEM (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      sendco_pick_item_set_chosen (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_pick_item_class_init (SendcoPickItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sendco_pick_item_finalize;
  object_class->get_property = sendco_pick_item_get_property;
  object_class->set_property = sendco_pick_item_set_property;

  properties[PROP_CHOSEN] =
    g_param_spec_boolean ("chosen", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sendco_pick_item_init (SendcoPickItem *self)
{
  self->area = -1;
}

SendcoPickItem *
sendco_pick_item_new (gint64 id, const char *title, const char *subtitle, const char *note, int area)
{
  SendcoPickItem *self = g_object_new (SENDCO_TYPE_PICK_ITEM, NULL);
  g_autofree char *text = g_strjoin (" ", title ? title : "", subtitle ? subtitle : "", NULL);

  self->id = id;
  self->title = g_strdup (title ? title : "");
  self->subtitle = g_strdup (subtitle ? subtitle : "");
  self->note = g_strdup (note ? note : "");
  self->area = area;
  self->search_text = sendco_search_fold (text);
  return self;
}

gint64
sendco_pick_item_get_id (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), 0);
  return self->id;
}

const char *
sendco_pick_item_get_title (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), NULL);
  return self->title;
}

const char *
sendco_pick_item_get_subtitle (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), NULL);
  return self->subtitle;
}

const char *
sendco_pick_item_get_note (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), NULL);
  return self->note;
}

int
sendco_pick_item_get_area (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), -1);
  return self->area;
}

const char *
sendco_pick_item_get_search_text (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), NULL);
  return self->search_text;
}

gboolean
sendco_pick_item_get_chosen (SendcoPickItem *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_ITEM (self), FALSE);
  return self->chosen;
}

void
sendco_pick_item_set_chosen (SendcoPickItem *self, gboolean chosen)
{
  g_return_if_fail (SENDCO_IS_PICK_ITEM (self));

  chosen = !!chosen;
  if (self->chosen == chosen)
    return;
  self->chosen = chosen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
}
