/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing pupils from an MIS export: match any columns the importer could
 * not, then a preview of everything that will happen (nothing is written
 * until Import), then one transaction. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-import-dialog.h"
#include "sendco-window.h"

typedef enum
{
  LIST_REJECTED,
  LIST_NEW,
  LIST_UPDATED,
  LIST_CONFLICTS,
  LIST_MISSING,
} ListKind;

struct _SendcoImportDialog
{
  AdwWindow            parent_instance;

  /* template */
  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwPreferencesGroup *mapping_group;
  GtkBox              *counts_box;
  GtkLabel            *preview_note;
  AdwViewStack        *sections;
  GtkSpinner          *spinner;
  GtkButton           *import_button;
  GtkButton           *continue_button;

  SendcoStore         *store;
  GFile               *file;
  SendcoCsvTable      *table;
  SendcoImportMapping  mapping;
  SendcoImportPlan    *plan;
  AdwComboRow         *mapping_rows[SENDCO_IMPORT_N_FIELDS];
  GtkWidget           *mapping_note;
};

G_DEFINE_FINAL_TYPE (SendcoImportDialog, sendco_import_dialog, ADW_TYPE_WINDOW)

static SendcoWindow *
main_window (SendcoImportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  return SENDCO_IS_WINDOW (parent) ? SENDCO_WINDOW (parent) : NULL;
}

static void
show_error (SendcoImportDialog *self, const char *heading, const char *message)
{
  GtkWindow *parent = gtk_widget_get_visible (GTK_WIDGET (self))
                        ? GTK_WINDOW (self)
                        : gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_page (SendcoImportDialog *self, const char *page)
{
  gboolean mapping = g_str_equal (page, "mapping");
  gboolean preview = g_str_equal (page, "preview");

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (GTK_WIDGET (self->continue_button), mapping);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), !mapping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", preview);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.continue",
                                 mapping && sendco_import_mapping_check (&self->mapping, self->table, NULL));
}

/* Rows */

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_selectable (GTK_LABEL (subtitle), FALSE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);

  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "list-kind")) == LIST_CONFLICTS)
    {
      GtkWidget *sw = gtk_switch_new ();

      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (sw, _("Use the file’s SEN status and need instead of Sendco’s"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Use the file’s SEN status"), -1);
      gtk_box_append (GTK_BOX (box), sw);
    }
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_take_toggled (GtkSwitch *sw, GParamSpec *pspec, SendcoImportRow *row)
{
  sendco_import_row_set_take_file_sen (row, gtk_switch_get_active (sw));
}

static char *
pupil_line (SendcoPupil *pupil)
{
  g_autofree char *year = sendco_year_group_label (sendco_pupil_get_year_group (pupil));
  const char *status = sendco_pupil_get_sen_status (pupil);
  const char *form = sendco_pupil_get_text (pupil, SENDCO_PUPIL_FORM);
  const char *need = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
  g_autofree char *sen = NULL;

  if (!g_str_equal (status, "N"))
    sen = need[0] ? g_strdup_printf (" · %s (%s)", sendco_sen_status_name (sendco_sen_status_from_code (status)), need)
                  : g_strdup_printf (" · %s", sendco_sen_status_name (sendco_sen_status_from_code (status)));

  return g_strdup_printf ("%s · %s%s%s%s", sendco_pupil_get_upn (pupil), year,
                          form[0] ? " · " : "", form, sen ? sen : "");
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  ListKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "list-kind"));
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (box);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (texts));
  GtkLabel *subtitle = GTK_LABEL (gtk_widget_get_last_child (texts));
  gpointer object = gtk_list_item_get_item (item);
  g_autofree char *t = NULL, *s = NULL;

  if (kind == LIST_MISSING)
    {
      SendcoPupil *pupil = object;

      t = sendco_pupil_dup_display_name (pupil);
      s = pupil_line (pupil);
    }
  else
    {
      SendcoImportRow *row = object;
      SendcoPupil *pupil = sendco_import_row_get_pupil (row);
      const char *upn = sendco_import_row_get_upn (row);

      switch (kind)
        {
        case LIST_REJECTED:
          t = g_strdup_printf (_("Line %u · UPN %s"), sendco_import_row_get_line (row),
                               upn && upn[0] ? upn : _("(none)"));
          s = sendco_import_row_get_column (row) && sendco_import_row_get_column (row)[0]
                ? g_strdup_printf ("%s: %s", sendco_import_row_get_column (row), sendco_import_row_get_reason (row))
                : g_strdup (sendco_import_row_get_reason (row));
          break;
        case LIST_NEW:
          t = sendco_pupil_dup_display_name (pupil);
          s = pupil_line (pupil);
          break;
        case LIST_UPDATED:
          t = sendco_pupil_dup_display_name (pupil);
          s = sendco_import_row_get_rejoins (row)
                ? g_strdup_printf (_("Returns to roll · %s"), sendco_import_row_get_changes (row))
                : g_strdup (sendco_import_row_get_changes (row));
          break;
        case LIST_CONFLICTS:
          {
            GtkSwitch *sw = GTK_SWITCH (gtk_widget_get_last_child (box));

            t = sendco_pupil_dup_display_name (pupil);
            s = g_strdup (sendco_import_row_get_sen_difference (row));
            g_signal_handlers_disconnect_matched (sw, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_take_toggled, NULL);
            gtk_switch_set_active (sw, sendco_import_row_get_take_file_sen (row));
            g_signal_connect_object (sw, "notify::active", G_CALLBACK (on_take_toggled), row, 0);
          }
          break;
        case LIST_MISSING:
        default:
          g_assert_not_reached ();
        }
    }

  gtk_label_set_text (title, t ? t : "");
  gtk_label_set_text (subtitle, s ? s : "");
}

static GtkWidget *
make_list (ListKind kind, GListModel *model)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *view, *scrolled;

  g_object_set_data (G_OBJECT (factory), "list-kind", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);

  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (model))),
                            g_object_ref (factory));
  gtk_widget_add_css_class (view, "rich-list");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static GtkWidget *
section (GtkWidget *header, GtkWidget *list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  if (header)
    {
      gtk_widget_set_margin_top (header, 12);
      gtk_widget_set_margin_bottom (header, 12);
      gtk_widget_set_margin_start (header, 18);
      gtk_widget_set_margin_end (header, 18);
      gtk_box_append (GTK_BOX (box), header);
    }
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static GtkWidget *
note_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
on_copy_rejected (GtkButton *button, SendcoImportDialog *self)
{
  GListModel *rows = sendco_import_plan_get_rows_of_kind (self->plan, SENDCO_IMPORT_ROW_REJECTED);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (rows, i);
      const char *upn = sendco_import_row_get_upn (row);

      g_string_append_printf (text, _("line %u: UPN %s: %s\n"), sendco_import_row_get_line (row),
                              upn && upn[0] ? upn : _("(none)"), sendco_import_row_get_reason (row));
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text->str);
  g_string_free (text, TRUE);
  gtk_button_set_label (button, _("Copied"));
}

static void
on_archive_missing (GtkSwitch *sw, GParamSpec *pspec, SendcoImportDialog *self)
{
  sendco_import_plan_set_archive_missing (self->plan, gtk_switch_get_active (sw));
}

static void
add_count (SendcoImportDialog *self, guint count, const char *caption, const char *style)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *number, *label;
  g_autofree char *digits = g_strdup_printf ("%u", count);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "sendco-count");
  number = gtk_label_new (digits);
  gtk_widget_add_css_class (number, "title-1");
  if (style && count > 0)
    gtk_widget_add_css_class (number, style);
  label = gtk_label_new (caption);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (card), number);
  gtk_box_append (GTK_BOX (card), label);
  {
    g_autofree char *accessible = g_strdup_printf ("%u %s", count, caption);

    gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible, -1);
  }
  gtk_box_append (self->counts_box, card);
}

static void
add_section (SendcoImportDialog *self, const char *name, const char *title, const char *icon,
             guint count, GtkWidget *child)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->sections, child, name, title);

  adw_view_stack_page_set_icon_name (page, icon);
  adw_view_stack_page_set_badge_number (page, count);
}

static void
show_preview (SendcoImportDialog *self)
{
  SendcoImportPlan *plan = self->plan;
  guint n_new = sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_NEW);
  guint n_updated = sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_UPDATED);
  guint n_unchanged = sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_UNCHANGED);
  guint n_rejected = sendco_import_plan_count (plan, SENDCO_IMPORT_ROW_REJECTED);
  guint n_conflicts = sendco_import_plan_count_conflicts (plan);
  GListModel *missing = sendco_import_plan_get_missing (plan);
  guint n_missing = g_list_model_get_n_items (missing);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))))
    gtk_box_remove (self->counts_box, child);
  while ((child = adw_view_stack_get_visible_child (self->sections)))
    adw_view_stack_remove (self->sections, child);

  add_count (self, n_new, _("new pupils"), "success");
  add_count (self, n_updated, _("updated"), "accent");
  add_count (self, n_unchanged, _("unchanged"), NULL);
  add_count (self, n_rejected, _("rejected rows"), "error");

  if (n_new + n_updated + n_conflicts + n_missing == 0 && n_rejected == 0)
    gtk_label_set_text (self->preview_note, _("Everything in this file is already in Sendco: importing it changes nothing."));
  else
    gtk_label_set_text (self->preview_note, _("Nothing has been saved yet. Check what will happen below, then choose Import."));

  if (n_rejected > 0)
    {
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy List"));

      gtk_box_append (GTK_BOX (header),
                      note_label (_("These rows will not be imported. Correct them in the MIS, export again and re-import: the rest is safe to import now.")));
      gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
      g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_rejected), self);
      gtk_box_append (GTK_BOX (header), copy);
      add_section (self, "rejected", _("Rejected"), "dialog-warning-symbolic", n_rejected,
                   section (header, make_list (LIST_REJECTED, sendco_import_plan_get_rows_of_kind (plan, SENDCO_IMPORT_ROW_REJECTED))));
    }
  if (n_conflicts > 0)
    add_section (self, "conflicts", _("SEN Differences"), "dialog-question-symbolic", n_conflicts,
                 section (note_label (_("The file’s SEN status or need differs from what you recorded in Sendco. Sendco keeps yours unless you switch a row on to use the file’s.")),
                          make_list (LIST_CONFLICTS, sendco_import_plan_get_rows_of_kind (plan, -1))));
  if (n_new > 0)
    add_section (self, "new", _("New"), "list-add-symbolic", n_new,
                 section (NULL, make_list (LIST_NEW, sendco_import_plan_get_rows_of_kind (plan, SENDCO_IMPORT_ROW_NEW))));
  if (n_updated > 0)
    add_section (self, "updated", _("Updated"), "document-edit-symbolic", n_updated,
                 section (NULL, make_list (LIST_UPDATED, sendco_import_plan_get_rows_of_kind (plan, SENDCO_IMPORT_ROW_UPDATED))));
  if (n_missing > 0)
    {
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *sw = gtk_switch_new ();
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u pupil on roll in Sendco is not in this file. If the file is your whole roll, they have left: archive them (nothing is deleted).",
                                                            "%u pupils on roll in Sendco are not in this file. If the file is your whole roll, they have left: archive them (nothing is deleted).",
                                                            n_missing), n_missing);

      gtk_box_append (GTK_BOX (header), note_label (text));
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (sw), sendco_import_plan_get_archive_missing (plan));
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Archive pupils not in this file"), -1);
      g_signal_connect (sw, "notify::active", G_CALLBACK (on_archive_missing), self);
      gtk_box_append (GTK_BOX (header), sw);
      add_section (self, "missing", _("Not in File"), "user-trash-symbolic", n_missing,
                   section (header, make_list (LIST_MISSING, missing)));
    }

  if (adw_view_stack_get_visible_child (self->sections) == NULL)
    add_section (self, "nothing", _("Nothing to Do"), "emblem-ok-symbolic", 0,
                 adw_status_page_new ());

  set_page (self, "preview");
}

static gboolean
build_plan (SendcoImportDialog *self, GError **error)
{
  g_autofree char *name = g_file_get_basename (self->file);
  GDate today;

  sendco_today (&today);
  g_clear_object (&self->plan);
  self->plan = sendco_import_plan_build (self->store, self->table, &self->mapping, name, &today, error);
  if (self->plan == NULL)
    return FALSE;

  show_preview (self);
  return TRUE;
}

/* Mapping */

static void
on_mapping_selected (AdwComboRow *row, GParamSpec *pspec, SendcoImportDialog *self)
{
  SendcoImportField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "field"));
  guint selected = adw_combo_row_get_selected (row);

  self->mapping.column[field] = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.continue",
                                 sendco_import_mapping_check (&self->mapping, self->table, NULL));
}

static void
show_mapping (SendcoImportDialog *self)
{
  g_autoptr (GtkStringList) headers = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *description = NULL;

  gtk_string_list_append (headers, _("Not in this file"));
  for (guint c = 0; c < sendco_csv_table_n_columns (self->table); c++)
    gtk_string_list_append (headers, sendco_csv_table_header (self->table, c));

  sendco_import_mapping_check (&self->mapping, self->table, &error);
  description = g_strdup_printf (_("Sendco could not tell which columns of “%s” hold some of what it needs. "
                                   "Choose the column for each field marked “needed”. %s"),
                                 name, error ? error->message : "");
  adw_preferences_group_set_description (self->mapping_group, description);

  for (SendcoImportField field = 0; field < SENDCO_IMPORT_N_FIELDS; field++)
    {
      AdwComboRow *row = self->mapping_rows[field];

      if (row == NULL)
        {
          row = ADW_COMBO_ROW (adw_combo_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sendco_import_field_label (field));
          if (sendco_import_field_is_required (field))
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("needed"));
          g_object_set_data (G_OBJECT (row), "field", GINT_TO_POINTER (field));
          adw_preferences_group_add (self->mapping_group, GTK_WIDGET (row));
          self->mapping_rows[field] = row;
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_mapping_selected), self);
        }
      g_signal_handlers_block_by_func (row, on_mapping_selected, self);
      adw_combo_row_set_model (row, G_LIST_MODEL (headers));
      adw_combo_row_set_selected (row, (guint) (self->mapping.column[field] + 1));
      g_signal_handlers_unblock_by_func (row, on_mapping_selected, self);
    }

  set_page (self, "mapping");
}

static void
continue_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoImportDialog *self = SENDCO_IMPORT_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!build_plan (self, &error))
    show_error (self, _("The File Could Not Be Read"), error->message);
}

static gboolean
apply_in_idle (gpointer data)
{
  SendcoImportDialog *self = data;
  g_autoptr (GError) error = NULL;
  SendcoImportResult result = { 0 };
  SendcoWindow *main = main_window (self);

  if (!sendco_import_plan_apply (self->plan, self->store, &result, &error))
    {
      gtk_spinner_stop (self->spinner);
      set_page (self, "preview");
      show_error (self, _("Nothing Was Imported"), error->message);
      g_object_unref (self);
      return G_SOURCE_REMOVE;
    }

  if (main)
    {
      g_autofree char *text = NULL;

      if (result.rejected > 0)
        text = g_strdup_printf (_("Imported %u new, updated %u, %u unchanged; %u rows were not imported"),
                                result.imported, result.updated, result.unchanged, result.rejected);
      else
        text = g_strdup_printf (_("Imported %u new, updated %u, %u unchanged"),
                                result.imported, result.updated, result.unchanged);
      sendco_window_toast (main, text);
    }

  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
apply_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoImportDialog *self = SENDCO_IMPORT_DIALOG (widget);

  if (self->plan == NULL)
    return;
  set_page (self, "working");
  gtk_widget_action_set_enabled (widget, "import.apply", FALSE);
  gtk_spinner_start (self->spinner);
  /* Let the spinner show before the one transaction runs. */
  g_timeout_add (50, apply_in_idle, g_object_ref (self));
}

static void
sendco_import_dialog_dispose (GObject *object)
{
  SendcoImportDialog *self = SENDCO_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->table, sendco_csv_table_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (sendco_import_dialog_parent_class)->dispose (object);
}

static void
sendco_import_dialog_class_init (SendcoImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, counts_box);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, preview_note);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, sections);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SendcoImportDialog, continue_button);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "import.continue", NULL, continue_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_import_dialog_init (SendcoImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < SENDCO_IMPORT_N_FIELDS; i++)
    self->mapping.column[i] = -1;
}

SendcoImportDialog *
sendco_import_dialog_new (GtkWindow *parent, SendcoStore *store)
{
  SendcoImportDialog *self;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  self = g_object_new (SENDCO_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * sendco_import_dialog_load_file:
 *
 * Reads @file and shows the column matching (when a needed column could not
 * be matched) or the preview. Writes nothing.
 */
gboolean
sendco_import_dialog_load_file (SendcoImportDialog *self, GFile *file, GError **error)
{
  g_autofree char *path = NULL, *name = NULL;

  g_return_val_if_fail (SENDCO_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  g_clear_pointer (&self->table, sendco_csv_table_free);
  self->table = sendco_csv_table_read (path, error);
  if (self->table == NULL)
    return FALSE;

  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);

  sendco_import_mapping_guess (&self->mapping, self->table);
  if (!sendco_import_mapping_check (&self->mapping, self->table, NULL))
    {
      show_mapping (self);
      return TRUE;
    }
  return build_plan (self, error);
}

static void
on_file_chosen (GtkNativeDialog *chooser, int response, SendcoImportDialog *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (!sendco_import_dialog_load_file (self, file, &error))
    {
      show_error (self, _("The File Could Not Be Read"), error->message);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_window_present (GTK_WINDOW (self));
}

/* Asks for the MIS export, then shows the mapping or the preview. */
void
sendco_import_dialog_choose_file (SendcoImportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (SENDCO_IS_IMPORT_DIALOG (self));

  chooser = gtk_file_chooser_native_new (_("Choose the MIS Export"),
                                         gtk_window_get_transient_for (GTK_WINDOW (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV exports"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

const char *
sendco_import_dialog_get_page (SendcoImportDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

SendcoImportPlan *
sendco_import_dialog_get_plan (SendcoImportDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_DIALOG (self), NULL);
  return self->plan;
}

AdwComboRow *
sendco_import_dialog_get_mapping_row (SendcoImportDialog *self, SendcoImportField field)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (field < SENDCO_IMPORT_N_FIELDS, NULL);
  return self->mapping_rows[field];
}
