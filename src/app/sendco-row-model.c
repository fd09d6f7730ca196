/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GTK 4.8's list views keep about two hundred rows of widgets alive and make
 * new ones for every item that comes into that range, so filtering a long
 * list as someone types builds thousands of widgets per keystroke. This model
 * gives the view row objects that stay put: when the source list changes,
 * each row is pointed at its new item (notify::item) and only the length
 * changes at the end. Cells rebind themselves on notify::item. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-row-model.h"

struct _SendcoRow
{
  GObject  parent_instance;

  gpointer item;   /* owned */
};

G_DEFINE_FINAL_TYPE (SendcoRow, sendco_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_ITEM,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
sendco_row_finalize (GObject *object)
{
  g_clear_object (&SENDCO_ROW (object)->item);
  G_OBJECT_CLASS (sendco_row_parent_class)->finalize (object);
}

static void
sendco_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case ROW_PROP_ITEM:
      g_value_set_object (value, SENDCO_ROW (object)->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_row_class_init (SendcoRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sendco_row_finalize;
  object_class->get_property = sendco_row_get_property;

  row_properties[ROW_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
sendco_row_init (SendcoRow *self)
{
}

/* Returns: (transfer none): the item at this row's position */
gpointer
sendco_row_get_item (SendcoRow *self)
{
  g_return_val_if_fail (SENDCO_IS_ROW (self), NULL);
  return self->item;
}

static void
row_set_item (SendcoRow *self, gpointer item)
{
  if (self->item == item)
    return;
  g_set_object (&self->item, item);
  g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_ITEM]);
}

struct _SendcoRowModel
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *rows;     /* SendcoRow */
};

static void sendco_row_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SendcoRowModel, sendco_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sendco_row_model_list_model_init))

static GType
sendco_row_model_get_item_type (GListModel *model)
{
  return SENDCO_TYPE_ROW;
}

static guint
sendco_row_model_get_n_items (GListModel *model)
{
  return SENDCO_ROW_MODEL (model)->rows->len;
}

static gpointer
sendco_row_model_get_item (GListModel *model, guint position)
{
  SendcoRowModel *self = SENDCO_ROW_MODEL (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
sendco_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sendco_row_model_get_item_type;
  iface->get_n_items = sendco_row_model_get_n_items;
  iface->get_item = sendco_row_model_get_item;
}

/* Points every row from @from on at the source's item there, then grows or
 * shrinks the list at its end. */
static void
sync_rows (SendcoRowModel *self, guint from)
{
  guint n = g_list_model_get_n_items (self->source);
  guint old = self->rows->len;

  for (guint i = from; i < MIN (n, old); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (self->source, i);

      row_set_item (g_ptr_array_index (self->rows, i), item);
    }

  if (n > old)
    {
      for (guint i = old; i < n; i++)
        {
          SendcoRow *row = g_object_new (SENDCO_TYPE_ROW, NULL);

          row->item = g_list_model_get_item (self->source, i);
          g_ptr_array_add (self->rows, row);
        }
      g_list_model_items_changed (G_LIST_MODEL (self), old, 0, n - old);
    }
  else if (n < old)
    {
      g_ptr_array_remove_range (self->rows, n, old - n);
      g_list_model_items_changed (G_LIST_MODEL (self), n, old - n, 0);
    }
}

static void
on_source_changed (GListModel *source, guint position, guint removed, guint added,
                   SendcoRowModel *self)
{
  /* Only positions from the change on can show something else. */
  sync_rows (self, position);
}

static void
sendco_row_model_dispose (GObject *object)
{
  SendcoRowModel *self = SENDCO_ROW_MODEL (object);

  if (self->source)
    g_signal_handlers_disconnect_by_func (self->source, on_source_changed, self);
  g_clear_object (&self->source);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sendco_row_model_parent_class)->dispose (object);
}

static void
sendco_row_model_class_init (SendcoRowModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_row_model_dispose;
}

static void
sendco_row_model_init (SendcoRowModel *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

SendcoRowModel *
sendco_row_model_new (GListModel *source)
{
  SendcoRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (SENDCO_TYPE_ROW_MODEL, NULL);
  self->source = g_object_ref (source);
  g_signal_connect (source, "items-changed", G_CALLBACK (on_source_changed), self);
  sync_rows (self, 0);
  return self;
}

/* The position showing @item, or GTK_INVALID_LIST_POSITION. */
guint
sendco_row_model_find (SendcoRowModel *self, gpointer item)
{
  g_return_val_if_fail (SENDCO_IS_ROW_MODEL (self), G_MAXUINT);

  for (guint i = 0; item && i < self->rows->len; i++)
    if (((SendcoRow *) g_ptr_array_index (self->rows, i))->item == item)
      return i;
  return G_MAXUINT;
}
