/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Choosing several things at once, with the dates of the place: pupils to
 * put on a provision, or provisions to put a pupil on. A searchable list
 * with a check button on each row; the SENDCO ticks what they want, checks
 * the dates and presses the accept button. The caller's function does the
 * work and may refuse, in plain words, keeping the dialog open. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-pick-dialog.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-date-entry.h"
#include "sendco-dates.h"
#include "sendco-pick-item.h"
#include "sendco-provision-ui.h"
#include "sendco-pupil.h"

struct _SendcoPickDialog
{
  AdwWindow           parent_instance;

  /* template */
  AdwWindowTitle     *window_title;
  GtkButton          *accept_button;
  GtkRevealer        *problem_revealer;
  GtkLabel           *problem_label;
  GtkLabel           *description_label;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  SendcoDateEntry    *start_entry;
  SendcoDateEntry    *end_entry;

  GListStore         *items;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  char              **search_tokens;
  char               *empty_title;
  char               *empty_description;
  char               *problem;
  guint               n_chosen;

  SendcoPickFunc      func;
  gpointer            func_data;
  GDestroyNotify      func_destroy;
};

G_DEFINE_FINAL_TYPE (SendcoPickDialog, sendco_pick_dialog, ADW_TYPE_WINDOW)

static void
update_state (SendcoPickDialog *self)
{
  gboolean dates_ok = sendco_date_entry_get_valid (self->start_entry)
                      && sendco_date_entry_get_date (self->start_entry)[0]
                      && sendco_date_entry_get_valid (self->end_entry);
  g_autofree char *chosen = NULL;

  if (self->n_chosen == 0)
    chosen = g_strdup (_("None chosen yet"));
  else
    chosen = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen", "%u chosen", self->n_chosen),
                              self->n_chosen);
  adw_window_title_set_subtitle (self->window_title, chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pick.accept", self->n_chosen > 0 && dates_ok);
}

static void
show_problem (SendcoPickDialog *self, const char *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, problem != NULL);
}

static gboolean
filter_item (gpointer item, gpointer user_data)
{
  SendcoPickDialog *self = user_data;
  const char *text = sendco_pick_item_get_search_text (item);

  for (guint i = 0; self->search_tokens && self->search_tokens[i]; i++)
    if (!strstr (text, self->search_tokens[i]))
      return FALSE;
  return TRUE;
}

static void
update_view (SendcoPickDialog *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  if (shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (total == 0)
    {
      adw_status_page_set_title (self->empty_page, self->empty_title ? self->empty_title : "");
      adw_status_page_set_description (self->empty_page, self->empty_description);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("Nothing Matches"));
      adw_status_page_set_description (self->empty_page, _("Check the spelling, or search for fewer words."));
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), total > 0);
}

static void
on_search_changed (GtkSearchEntry *entry, SendcoPickDialog *self)
{
  g_autofree char *folded = sendco_search_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strfreev (self->search_tokens);
  self->search_tokens = g_str_tokenize_and_fold (folded, NULL, NULL);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
}

static void
on_item_chosen (SendcoPickItem *item, GParamSpec *pspec, SendcoPickDialog *self)
{
  if (sendco_pick_item_get_chosen (item))
    self->n_chosen++;
  else
    self->n_chosen--;
  show_problem (self, NULL);
  update_state (self);
}

static void
on_dates_changed (GObject *object, GParamSpec *pspec, SendcoPickDialog *self)
{
  show_problem (self, NULL);
  update_state (self);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *dot = sendco_area_dot_new ();
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "sendco-pick-row");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "warning");
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (lines), title);
  gtk_box_append (GTK_BOX (lines), subtitle);
  gtk_box_append (GTK_BOX (lines), note);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  SendcoPickItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *dot = gtk_widget_get_next_sibling (check);
  GtkWidget *lines = gtk_widget_get_last_child (box);
  GtkWidget *title = gtk_widget_get_first_child (lines);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *note = gtk_widget_get_last_child (lines);
  GBinding *binding;
  int area = sendco_pick_item_get_area (item);

  gtk_label_set_text (GTK_LABEL (title), sendco_pick_item_get_title (item));
  gtk_label_set_text (GTK_LABEL (subtitle), sendco_pick_item_get_subtitle (item));
  gtk_widget_set_visible (subtitle, sendco_pick_item_get_subtitle (item)[0] != '\0');
  gtk_label_set_text (GTK_LABEL (note), sendco_pick_item_get_note (item));
  gtk_widget_set_visible (note, sendco_pick_item_get_note (item)[0] != '\0');
  gtk_widget_set_visible (dot, area >= 0);
  if (area >= 0)
    sendco_area_dot_set_area (dot, (SendcoArea) area);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sendco_pick_item_get_title (item), -1);

  binding = g_object_bind_property (item, "chosen", check, "active",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (list_item), "sendco-binding", binding);
}

static void
unbind_row (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GBinding *binding = g_object_get_data (G_OBJECT (list_item), "sendco-binding");

  if (binding)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (list_item), "sendco-binding", NULL);
}

static void
on_row_activated (GtkListView *view, guint position, SendcoPickDialog *self)
{
  g_autoptr (SendcoPickItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (item)
    sendco_pick_item_set_chosen (item, !sendco_pick_item_get_chosen (item));
}

static void
accept_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPickDialog *self = SENDCO_PICK_DIALOG (widget);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *problem = NULL;
  const char *start = sendco_date_entry_get_date (self->start_entry);
  const char *end = sendco_date_entry_get_date (self->end_entry);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (SendcoPickItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (sendco_pick_item_get_chosen (item))
        {
          gint64 id = sendco_pick_item_get_id (item);

          g_array_append_val (ids, id);
        }
    }
  if (ids->len == 0)
    return;
  if (!sendco_date_entry_get_valid (self->start_entry) || start[0] == '\0')
    {
      show_problem (self, _("Give the date the place starts, like 07/09/2026."));
      return;
    }
  if (!sendco_date_entry_get_valid (self->end_entry))
    {
      show_problem (self, _("The end date is not a date: type it like 18/12/2026, or leave it blank."));
      return;
    }
  if (end[0] && strcmp (end, start) < 0)
    {
      g_autofree char *uk = sendco_iso_to_uk (start);

      problem = g_strdup_printf (_("The place cannot end before it starts, on %s."), uk);
      show_problem (self, problem);
      return;
    }

  if (self->func)
    problem = self->func (self, (const gint64 *) ids->data, ids->len, start, end, self->func_data);
  if (problem)
    {
      show_problem (self, problem);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
sendco_pick_dialog_dispose (GObject *object)
{
  SendcoPickDialog *self = SENDCO_PICK_DIALOG (object);

  if (self->func_destroy && self->func_data)
    self->func_destroy (self->func_data);
  self->func = NULL;
  self->func_data = NULL;
  self->func_destroy = NULL;
  if (self->list_view)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PICK_DIALOG);

  G_OBJECT_CLASS (sendco_pick_dialog_parent_class)->dispose (object);
}

static void
sendco_pick_dialog_finalize (GObject *object)
{
  SendcoPickDialog *self = SENDCO_PICK_DIALOG (object);

  g_strfreev (self->search_tokens);
  g_free (self->empty_title);
  g_free (self->empty_description);
  g_free (self->problem);
  G_OBJECT_CLASS (sendco_pick_dialog_parent_class)->finalize (object);
}

static void
sendco_pick_dialog_class_init (SendcoPickDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_pick_dialog_dispose;
  object_class->finalize = sendco_pick_dialog_finalize;

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-pick-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoPickDialog, name)
  BIND (window_title);
  BIND (accept_button);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (description_label);
  BIND (search_entry);
  BIND (list_stack);
  BIND (list_view);
  BIND (empty_page);
  BIND (start_entry);
  BIND (end_entry);
#undef BIND

  gtk_widget_class_install_action (widget_class, "pick.accept", NULL, accept_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "pick.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_pick_dialog_init (SendcoPickDialog *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (SENDCO_TYPE_PICK_ITEM);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  sendco_date_entry_set_label (self->start_entry, _("Place starts on"));
  sendco_date_entry_set_label (self->end_entry, _("Place ends on"));
  g_signal_connect (self->start_entry, "notify::date", G_CALLBACK (on_dates_changed), self);
  g_signal_connect (self->start_entry, "notify::valid", G_CALLBACK (on_dates_changed), self);
  g_signal_connect (self->end_entry, "notify::date", G_CALLBACK (on_dates_changed), self);
  g_signal_connect (self->end_entry, "notify::valid", G_CALLBACK (on_dates_changed), self);

  update_state (self);
  update_view (self);
}

SendcoPickDialog *
sendco_pick_dialog_new (GtkWindow *parent, const char *title, const char *description,
                        const char *search_placeholder, const char *accept_label)
{
  SendcoPickDialog *self = g_object_new (SENDCO_TYPE_PICK_DIALOG, "transient-for", parent,
                                         "title", title, NULL);

  adw_window_title_set_title (self->window_title, title);
  gtk_label_set_text (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description && description[0]);
  g_object_set (self->search_entry, "placeholder-text", search_placeholder, NULL);
  gtk_button_set_label (self->accept_button, accept_label);
  return self;
}

void
sendco_pick_dialog_set_empty (SendcoPickDialog *self, const char *title, const char *description)
{
  g_return_if_fail (SENDCO_IS_PICK_DIALOG (self));

  g_free (self->empty_title);
  self->empty_title = g_strdup (title);
  g_free (self->empty_description);
  self->empty_description = g_strdup (description);
  update_view (self);
}

/* @area: a SendcoArea for a colour dot, or -1 */
void
sendco_pick_dialog_add (SendcoPickDialog *self, gint64 id, const char *title, const char *subtitle,
                        const char *note, int area)
{
  g_autoptr (SendcoPickItem) item = NULL;

  g_return_if_fail (SENDCO_IS_PICK_DIALOG (self));

  item = sendco_pick_item_new (id, title, subtitle, note, area);
  g_signal_connect_object (item, "notify::chosen", G_CALLBACK (on_item_chosen), self, 0);
  g_list_store_append (self->items, item);
  update_view (self);
}

void
sendco_pick_dialog_set_dates (SendcoPickDialog *self, const char *start, const char *end)
{
  g_return_if_fail (SENDCO_IS_PICK_DIALOG (self));

  sendco_date_entry_set_date (self->start_entry, start);
  sendco_date_entry_set_date (self->end_entry, end);
  update_state (self);
}

void
sendco_pick_dialog_set_func (SendcoPickDialog *self, SendcoPickFunc func, gpointer user_data,
                             GDestroyNotify destroy)
{
  g_return_if_fail (SENDCO_IS_PICK_DIALOG (self));

  if (self->func_destroy && self->func_data)
    self->func_destroy (self->func_data);
  self->func = func;
  self->func_data = user_data;
  self->func_destroy = destroy;
}

void
sendco_pick_dialog_set_chosen (SendcoPickDialog *self, gint64 id, gboolean chosen)
{
  g_return_if_fail (SENDCO_IS_PICK_DIALOG (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (SendcoPickItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (sendco_pick_item_get_id (item) == id)
        sendco_pick_item_set_chosen (item, chosen);
    }
}

guint
sendco_pick_dialog_get_n_chosen (SendcoPickDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_DIALOG (self), 0);
  return self->n_chosen;
}

guint
sendco_pick_dialog_get_n_shown (SendcoPickDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_DIALOG (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
sendco_pick_dialog_get_problem (SendcoPickDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_PICK_DIALOG (self), NULL);
  return self->problem;
}
