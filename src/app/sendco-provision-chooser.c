/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Choosing the provisions from the library that serve a support plan
 * outcome. The row lists what is chosen; "Choose…" opens a popover with
 * every provision in the library by name and area of need, each with a
 * check button, and a search for long libraries. A retired provision stays
 * listed only while it is chosen. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provision-chooser.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-provision-ui.h"
#include "sendco-pupil.h"

typedef struct
{
  gint64          id;
  char           *name;
  SendcoArea      area;
  gboolean        retired;
  gboolean        chosen;
  char           *search_text;
  GtkCheckButton *check;
  GtkWidget      *row;
} Choice;

struct _SendcoProvisionChooser
{
  AdwActionRow    parent_instance;

  GtkWidget      *button;
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
  GPtrArray      *choices;      /* Choice, by name */
  char          **tokens;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (SendcoProvisionChooser, sendco_provision_chooser, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_free (choice->name);
  g_free (choice->search_text);
  g_free (choice);
}

static void
update_subtitle (SendcoProvisionChooser *self)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      gtk_widget_set_visible (choice->row, !choice->retired || choice->chosen);
      if (!choice->chosen)
        continue;
      if (names->len)
        g_string_append (names, ", ");
      g_string_append (names, choice->name);
      if (choice->retired)
        g_string_append (names, _(" (retired)"));
    }
  if (names->len == 0)
    g_string_append (names, self->choices->len ? _("None chosen")
                                               : _("The library is empty: add provisions on the Provisions page"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), names->str);
  gtk_widget_set_sensitive (self->button, self->choices->len > 0);
}

static void
on_toggled (GtkCheckButton *check, Choice *choice)
{
  SendcoProvisionChooser *self = g_object_get_data (G_OBJECT (check), "sendco-chooser");

  choice->chosen = gtk_check_button_get_active (check);
  update_subtitle (self);
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
filter_row (GtkListBoxRow *row, gpointer user_data)
{
  SendcoProvisionChooser *self = user_data;
  Choice *choice = g_object_get_data (G_OBJECT (row), "sendco-choice");

  for (guint i = 0; self->tokens && self->tokens[i]; i++)
    if (!strstr (choice->search_text, self->tokens[i]))
      return FALSE;
  return TRUE;
}

static void
on_search_changed (GtkSearchEntry *entry, SendcoProvisionChooser *self)
{
  g_autofree char *folded = sendco_search_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strfreev (self->tokens);
  self->tokens = g_str_tokenize_and_fold (folded, NULL, NULL);
  gtk_list_box_invalidate_filter (self->list);
}

static void
on_row_activated (GtkListBox *list, GtkListBoxRow *row, SendcoProvisionChooser *self)
{
  Choice *choice = g_object_get_data (G_OBJECT (row), "sendco-choice");

  gtk_check_button_set_active (choice->check, !gtk_check_button_get_active (choice->check));
}

static void
add_choice (SendcoProvisionChooser *self, Choice *choice)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = sendco_area_dot_new ();
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (choice->name);
  GtkWidget *area = gtk_label_new (sendco_area_name (choice->area));

  choice->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  g_object_set_data (G_OBJECT (choice->check), "sendco-chooser", self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice->check), GTK_ACCESSIBLE_PROPERTY_LABEL, choice->name, -1);
  sendco_area_dot_set_area (dot, choice->area);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (area), 0);
  gtk_widget_add_css_class (area, "caption");
  gtk_widget_add_css_class (area, "dim-label");
  gtk_box_append (GTK_BOX (lines), name);
  gtk_box_append (GTK_BOX (lines), area);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (choice->check));
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "sendco-choice", choice);
  choice->row = row;
  g_signal_connect (choice->check, "toggled", G_CALLBACK (on_toggled), choice);
  gtk_list_box_append (self->list, row);
}

static void
sendco_provision_chooser_dispose (GObject *object)
{
  SendcoProvisionChooser *self = SENDCO_PROVISION_CHOOSER (object);

  g_clear_pointer (&self->tokens, g_strfreev);
  G_OBJECT_CLASS (sendco_provision_chooser_parent_class)->dispose (object);
}

static void
sendco_provision_chooser_finalize (GObject *object)
{
  SendcoProvisionChooser *self = SENDCO_PROVISION_CHOOSER (object);

  g_clear_pointer (&self->choices, g_ptr_array_unref);
  G_OBJECT_CLASS (sendco_provision_chooser_parent_class)->finalize (object);
}

static void
sendco_provision_chooser_class_init (SendcoProvisionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sendco_provision_chooser_dispose;
  object_class->finalize = sendco_provision_chooser_finalize;

  /**
   * SendcoProvisionChooser::changed:
   *
   * The SENDCO ticked or unticked a provision.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sendco_provision_chooser_init (SendcoProvisionChooser *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->choices = g_ptr_array_new_with_free_func (choice_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Provisions from the library"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 3);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search the provision library"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the provision library"), -1);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Provisions in the library"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "sendco-chooser-list");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 340);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_widget_set_size_request (scroller, 320, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button), _("Choose…"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->button, _("Choose the provisions that serve this outcome"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose provisions from the library"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->button);
}

static int
compare_choices (gconstpointer a, gconstpointer b)
{
  const Choice *x = *(Choice **) a, *y = *(Choice **) b;

  return g_utf8_collate (x->name, y->name);
}

/**
 * sendco_provision_chooser_new:
 * @library: (element-type SendcoProvision): the library, retired ones
 *   included (they show only while chosen)
 */
GtkWidget *
sendco_provision_chooser_new (GPtrArray *library)
{
  SendcoProvisionChooser *self = g_object_new (SENDCO_TYPE_PROVISION_CHOOSER, NULL);

  for (guint i = 0; library && i < library->len; i++)
    {
      const SendcoProvision *p = g_ptr_array_index (library, i);
      Choice *choice = g_new0 (Choice, 1);
      g_autofree char *text = g_strjoin (" ", p->name, sendco_area_name (sendco_provision_area (p)), NULL);

      choice->id = p->id;
      choice->name = g_strdup (p->name);
      choice->area = sendco_provision_area (p);
      choice->retired = p->archived_on[0] != '\0';
      choice->search_text = sendco_search_fold (text);
      g_ptr_array_add (self->choices, choice);
    }
  g_ptr_array_sort (self->choices, compare_choices);
  for (guint i = 0; i < self->choices->len; i++)
    add_choice (self, g_ptr_array_index (self->choices, i));
  update_subtitle (self);
  return GTK_WIDGET (self);
}

void
sendco_provision_chooser_set_chosen (SendcoProvisionChooser *self, const gint64 *ids, guint n_ids)
{
  g_return_if_fail (SENDCO_IS_PROVISION_CHOOSER (self));

  self->updating = TRUE;
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);
      gboolean chosen = FALSE;

      for (guint j = 0; j < n_ids; j++)
        chosen |= ids[j] == choice->id;
      gtk_check_button_set_active (choice->check, chosen);
      choice->chosen = chosen;
    }
  self->updating = FALSE;
  update_subtitle (self);
}

/* The ids chosen, by provision name. */
GArray *
sendco_provision_chooser_dup_chosen (SendcoProvisionChooser *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SENDCO_IS_PROVISION_CHOOSER (self), ids);
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (choice->chosen)
        g_array_append_val (ids, choice->id);
    }
  return ids;
}

/* Ticks or unticks @provision_id as a click would; %FALSE if not listed. */
gboolean
sendco_provision_chooser_toggle (SendcoProvisionChooser *self, gint64 provision_id)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_CHOOSER (self), FALSE);
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (choice->id == provision_id && gtk_widget_get_visible (choice->row))
        {
          gtk_check_button_set_active (choice->check, !gtk_check_button_get_active (choice->check));
          return TRUE;
        }
    }
  return FALSE;
}

GtkWidget *
sendco_provision_chooser_get_button (SendcoProvisionChooser *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_CHOOSER (self), NULL);
  return self->button;
}
