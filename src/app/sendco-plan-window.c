/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a support plan: when it starts and when it is to be reviewed, and
 * its outcomes, each with its area of need, what success looks like, the
 * strategies and the provision: in words, and the provisions from the
 * library that serve it. Save stays off, with the reason shown in plain
 * words, until the plan can be saved; closing with unsaved changes asks
 * first. The plan and its outcomes' provisions are saved together. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-plan-window.h"

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-editor.h"
#include "sendco-dates.h"
#include "sendco-provision-chooser.h"
#include "sendco-store-outcome-links.h"
#include "sendco-store-provision.h"

/* The weeks from a plan's start to its review, by default: about a term. */
#define WEEKS_TO_REVIEW 12

typedef struct
{
  gint64               id;
  gint64               carried_from;
  AdwPreferencesGroup *group;
  AdwComboRow         *area_row;
  AdwEntryRow         *outcome_row;
  AdwEntryRow         *success_row;
  AdwEntryRow         *strategies_row;
  AdwEntryRow         *provision_row;
  SendcoProvisionChooser *chooser;
  GArray              *saved_links;  /* provision ids as stored, or NULL for a new outcome */
  GtkWidget           *up_button;
  GtkWidget           *down_button;
  GtkWidget           *remove_button;
} OutcomeEditor;

struct _SendcoPlanWindow
{
  AdwWindow          parent_instance;

  /* template */
  AdwWindowTitle    *window_title;
  GtkRevealer       *problem_revealer;
  GtkLabel          *problem_label;
  SendcoDateEntry   *start_entry;
  SendcoDateEntry   *review_entry;
  GtkWidget         *no_outcomes_label;
  GtkBox            *outcomes_box;

  SendcoStore       *store;
  SendcoPupil       *pupil;
  SendcoSupportPlan *original;   /* as it was opened (id 0 for a new plan) */
  SendcoSupportPlan *pristine;   /* what the window showed before any edit */
  GPtrArray         *editors;    /* OutcomeEditor, in order */
  GPtrArray         *library;    /* SendcoProvision, retired ones too */
  SendcoArea         default_area;
  char              *problem;
  gboolean           loading;
  gboolean           review_touched;
  gboolean           closing;
};

G_DEFINE_FINAL_TYPE (SendcoPlanWindow, sendco_plan_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_state (SendcoPlanWindow *self);

static void
outcome_editor_free (gpointer data)
{
  OutcomeEditor *editor = data;

  g_clear_pointer (&editor->saved_links, g_array_unref);
  g_free (editor);
}

static gboolean
same_ids (GArray *a, GArray *b)
{
  guint na = a ? a->len : 0, nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < nb && !found; j++)
        found = g_array_index (a, gint64, i) == g_array_index (b, gint64, j);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Whether any outcome's provisions from the library differ from those stored. */
static gboolean
links_changed (SendcoPlanWindow *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      OutcomeEditor *editor = g_ptr_array_index (self->editors, i);
      g_autoptr (GArray) chosen = sendco_provision_chooser_dup_chosen (editor->chooser);

      if (!same_ids (chosen, editor->saved_links))
        return TRUE;
    }
  return FALSE;
}

static char *
trimmed (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The plan as the window now shows it. */
static SendcoSupportPlan *
collect (SendcoPlanWindow *self)
{
  SendcoSupportPlan *plan = sendco_support_plan_copy (self->original);

  sendco_record_set (&plan->start_date, sendco_date_entry_get_date (self->start_entry));
  sendco_record_set (&plan->review_date, sendco_date_entry_get_date (self->review_entry));
  g_ptr_array_set_size (plan->outcomes, 0);
  for (guint i = 0; i < self->editors->len; i++)
    {
      OutcomeEditor *editor = g_ptr_array_index (self->editors, i);
      SendcoOutcome *outcome = sendco_outcome_new ();
      guint area = adw_combo_row_get_selected (editor->area_row);
      g_autofree char *text = trimmed (editor->outcome_row);
      g_autofree char *success = trimmed (editor->success_row);
      g_autofree char *strategies = trimmed (editor->strategies_row);
      g_autofree char *provision = trimmed (editor->provision_row);

      outcome->id = editor->id;
      outcome->carried_from = editor->carried_from;
      sendco_record_set (&outcome->area, area < SENDCO_N_AREAS ? sendco_area_key (area) : "");
      sendco_record_set (&outcome->outcome, text);
      sendco_record_set (&outcome->success, success);
      sendco_record_set (&outcome->strategies, strategies);
      sendco_record_set (&outcome->provision, provision);
      g_ptr_array_add (plan->outcomes, outcome);
    }
  return plan;
}

static gboolean
plans_equal (const SendcoSupportPlan *a, const SendcoSupportPlan *b)
{
  if (g_strcmp0 (a->start_date, b->start_date) != 0
      || g_strcmp0 (a->review_date, b->review_date) != 0
      || a->outcomes->len != b->outcomes->len)
    return FALSE;
  for (guint i = 0; i < a->outcomes->len; i++)
    {
      const SendcoOutcome *x = g_ptr_array_index (a->outcomes, i);
      const SendcoOutcome *y = g_ptr_array_index (b->outcomes, i);

      if (x->id != y->id || g_strcmp0 (x->area, y->area) != 0
          || g_strcmp0 (x->outcome, y->outcome) != 0 || g_strcmp0 (x->success, y->success) != 0
          || g_strcmp0 (x->strategies, y->strategies) != 0
          || g_strcmp0 (x->provision, y->provision) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The first thing that stops the plan being saved, in plain words. */
static char *
find_problem (SendcoPlanWindow *self, const SendcoSupportPlan *plan)
{
  if (!sendco_date_entry_get_valid (self->start_entry))
    return g_strdup (_("Give the date the plan starts, like 14/09/2026."));
  if (!sendco_date_entry_get_valid (self->review_entry))
    return g_strdup (_("Give the date the plan is to be reviewed, like 11/12/2026."));
  if (strcmp (plan->review_date, plan->start_date) < 0)
    {
      g_autofree char *start = sendco_iso_to_uk (plan->start_date);

      return g_strdup_printf (_("The review date cannot be before the plan starts, on %s."), start);
    }
  if (plan->outcomes->len == 0)
    return g_strdup (_("Add at least one outcome: something the pupil will work towards this cycle."));
  for (guint i = 0; i < plan->outcomes->len; i++)
    {
      const SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);

      if (outcome->outcome[0] == '\0')
        return g_strdup_printf (_("Outcome %u needs a description of what the pupil will achieve."), i + 1);
    }
  return NULL;
}

static gboolean
is_dirty (SendcoPlanWindow *self)
{
  g_autoptr (SendcoSupportPlan) edited = NULL;

  if (self->pristine == NULL)
    return FALSE;
  edited = collect (self);
  return !plans_equal (edited, self->pristine) || links_changed (self);
}

static void
renumber (SendcoPlanWindow *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      OutcomeEditor *editor = g_ptr_array_index (self->editors, i);
      g_autofree char *title = g_strdup_printf (_("Outcome %u"), i + 1);
      g_autofree char *up = g_strdup_printf (_("Move outcome %u up"), i + 1);
      g_autofree char *down = g_strdup_printf (_("Move outcome %u down"), i + 1);
      g_autofree char *remove = g_strdup_printf (_("Remove outcome %u"), i + 1);

      adw_preferences_group_set_title (editor->group, title);
      gtk_widget_set_sensitive (editor->up_button, i > 0);
      gtk_widget_set_sensitive (editor->down_button, i + 1 < self->editors->len);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editor->up_button), GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editor->down_button), GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editor->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
    }
  gtk_widget_set_visible (self->no_outcomes_label, self->editors->len == 0);
}

static guint
editor_index (SendcoPlanWindow *self, GtkWidget *button)
{
  GtkWidget *group = gtk_widget_get_ancestor (button, ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < self->editors->len; i++)
    if (GTK_WIDGET (((OutcomeEditor *) g_ptr_array_index (self->editors, i))->group) == group)
      return i;
  return G_MAXUINT;
}

/* Puts the groups in the box in the order of the editors. */
static void
reorder (SendcoPlanWindow *self)
{
  GtkWidget *previous = NULL;

  for (guint i = 0; i < self->editors->len; i++)
    {
      OutcomeEditor *editor = g_ptr_array_index (self->editors, i);

      gtk_box_reorder_child_after (self->outcomes_box, GTK_WIDGET (editor->group), previous);
      previous = GTK_WIDGET (editor->group);
    }
  renumber (self);
}

static void
on_move_up (GtkButton *button, SendcoPlanWindow *self)
{
  guint i = editor_index (self, GTK_WIDGET (button));
  gpointer *items = self->editors->pdata;
  gpointer swap;

  if (i == G_MAXUINT || i == 0)
    return;
  swap = items[i - 1];
  items[i - 1] = items[i];
  items[i] = swap;
  reorder (self);
  gtk_widget_grab_focus (i - 1 > 0 ? ((OutcomeEditor *) items[i - 1])->up_button
                                   : ((OutcomeEditor *) items[i - 1])->down_button);
  update_state (self);
}

static void
on_move_down (GtkButton *button, SendcoPlanWindow *self)
{
  guint i = editor_index (self, GTK_WIDGET (button));
  gpointer *items = self->editors->pdata;
  gpointer swap;

  if (i == G_MAXUINT || i + 1 >= self->editors->len)
    return;
  swap = items[i + 1];
  items[i + 1] = items[i];
  items[i] = swap;
  reorder (self);
  gtk_widget_grab_focus (i + 2 < self->editors->len ? ((OutcomeEditor *) items[i + 1])->down_button
                                                    : ((OutcomeEditor *) items[i + 1])->up_button);
  update_state (self);
}

static void
on_remove (GtkButton *button, SendcoPlanWindow *self)
{
  guint i = editor_index (self, GTK_WIDGET (button));
  OutcomeEditor *editor;

  if (i == G_MAXUINT)
    return;
  editor = g_ptr_array_index (self->editors, i);
  gtk_box_remove (self->outcomes_box, GTK_WIDGET (editor->group));
  g_ptr_array_remove_index (self->editors, i);
  renumber (self);
  update_state (self);
}

static void
on_editor_text_changed (GtkEditable *editable, SendcoPlanWindow *self)
{
  update_state (self);
}

static void
on_editor_area_changed (GObject *object, GParamSpec *pspec, SendcoPlanWindow *self)
{
  update_state (self);
}

static void
on_editor_links_changed (SendcoProvisionChooser *chooser, SendcoPlanWindow *self)
{
  update_state (self);
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip, GCallback callback, SendcoPlanWindow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group, const char *title, const char *text, SendcoPlanWindow *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_signal_connect (row, "changed", G_CALLBACK (on_editor_text_changed), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static OutcomeEditor *
add_editor (SendcoPlanWindow *self, const SendcoOutcome *outcome)
{
  OutcomeEditor *editor = g_new0 (OutcomeEditor, 1);
  g_autoptr (GtkStringList) areas = gtk_string_list_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  SendcoArea area = self->default_area;

  editor->id = outcome ? outcome->id : 0;
  editor->carried_from = outcome ? outcome->carried_from : 0;
  editor->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  if (editor->carried_from)
    adw_preferences_group_set_description (editor->group,
                                           _("Carried over from the last cycle: not yet achieved at its review."));

  editor->up_button = icon_button ("go-up-symbolic", _("Move Up"), G_CALLBACK (on_move_up), self);
  editor->down_button = icon_button ("go-down-symbolic", _("Move Down"), G_CALLBACK (on_move_down), self);
  editor->remove_button = icon_button ("user-trash-symbolic", _("Remove This Outcome"),
                                       G_CALLBACK (on_remove), self);
  gtk_box_append (GTK_BOX (buttons), editor->up_button);
  gtk_box_append (GTK_BOX (buttons), editor->down_button);
  gtk_box_append (GTK_BOX (buttons), editor->remove_button);
  adw_preferences_group_set_header_suffix (editor->group, buttons);

  for (SendcoArea a = 0; a < SENDCO_N_AREAS; a++)
    gtk_string_list_append (areas, sendco_area_name (a));
  editor->area_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->area_row), _("Area of need"));
  adw_combo_row_set_model (editor->area_row, G_LIST_MODEL (areas));
  /* Area names are long: show the chosen one in full under the title. */
  adw_combo_row_set_use_subtitle (editor->area_row, TRUE);
  if (outcome)
    sendco_area_from_key (outcome->area, &area);
  adw_combo_row_set_selected (editor->area_row, area);
  g_signal_connect (editor->area_row, "notify::selected", G_CALLBACK (on_editor_area_changed), self);
  adw_preferences_group_add (editor->group, GTK_WIDGET (editor->area_row));

  editor->outcome_row = entry_row (editor->group, _("Outcome: what the pupil will achieve"),
                                   outcome ? outcome->outcome : NULL, self);
  editor->success_row = entry_row (editor->group, _("What success looks like"),
                                   outcome ? outcome->success : NULL, self);
  editor->strategies_row = entry_row (editor->group, _("Strategies"),
                                      outcome ? outcome->strategies : NULL, self);
  editor->provision_row = entry_row (editor->group, _("Provision"),
                                     outcome ? outcome->provision : NULL, self);
  editor->chooser = SENDCO_PROVISION_CHOOSER (sendco_provision_chooser_new (self->library));
  if (outcome && outcome->id)
    {
      editor->saved_links = sendco_store_list_outcome_provisions (self->store, outcome->id, NULL);
      if (editor->saved_links)
        sendco_provision_chooser_set_chosen (editor->chooser, (const gint64 *) editor->saved_links->data,
                                             editor->saved_links->len);
    }
  g_signal_connect (editor->chooser, "changed", G_CALLBACK (on_editor_links_changed), self);
  adw_preferences_group_add (editor->group, GTK_WIDGET (editor->chooser));

  gtk_box_append (self->outcomes_box, GTK_WIDGET (editor->group));
  g_ptr_array_add (self->editors, editor);
  renumber (self);
  return editor;
}

static void
update_state (SendcoPlanWindow *self)
{
  g_autoptr (SendcoSupportPlan) edited = NULL;
  gboolean dirty;

  if (self->loading || self->pristine == NULL)
    return;

  edited = collect (self);
  dirty = !plans_equal (edited, self->pristine) || links_changed (self);
  g_clear_pointer (&self->problem, g_free);
  self->problem = find_problem (self, edited);

  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, dirty && self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save",
                                 self->problem == NULL && (dirty || self->original->id == 0));
}

static void
on_dates_changed (GObject *object, GParamSpec *pspec, SendcoPlanWindow *self)
{
  update_state (self);
}

static void
on_start_changed (GObject *object, GParamSpec *pspec, SendcoPlanWindow *self)
{
  const char *start = sendco_date_entry_get_date (self->start_entry);
  GDate date;

  /* Until the review date is typed, it follows the start: a term later. */
  if (!self->loading && !self->review_touched && sendco_date_from_iso (start, &date))
    {
      g_autofree char *review = NULL;

      sendco_date_add_weeks (&date, WEEKS_TO_REVIEW);
      review = sendco_date_to_iso (&date);
      self->loading = TRUE;
      sendco_date_entry_set_date (self->review_entry, review);
      self->loading = FALSE;
    }
  update_state (self);
}

static void
on_review_changed (GObject *object, GParamSpec *pspec, SendcoPlanWindow *self)
{
  if (!self->loading)
    self->review_touched = TRUE;
  update_state (self);
}

static void
add_outcome_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPlanWindow *self = SENDCO_PLAN_WINDOW (widget);
  OutcomeEditor *editor = add_editor (self, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (editor->outcome_row));
  update_state (self);
}

/* The plan, then each outcome's provisions from the library, in one
 * transaction: new outcomes get their ids from the first. */
static gboolean
save_plan_and_links (SendcoPlanWindow *self, SendcoSupportPlan *plan, GError **error)
{
  gboolean ok;

  if (!sendco_store_begin (self->store, error))
    return FALSE;
  ok = sendco_store_save_support_plan (self->store, plan, error);
  for (guint i = 0; ok && i < self->editors->len && i < plan->outcomes->len; i++)
    {
      OutcomeEditor *editor = g_ptr_array_index (self->editors, i);
      const SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);
      g_autoptr (GArray) chosen = sendco_provision_chooser_dup_chosen (editor->chooser);

      if (outcome->id && !same_ids (chosen, editor->saved_links))
        ok = sendco_store_set_outcome_provisions (self->store, outcome->id, (const gint64 *) chosen->data,
                                                  chosen->len, error);
    }
  if (!ok)
    {
      sendco_store_rollback (self->store);
      return FALSE;
    }
  return sendco_store_commit (self->store, error);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPlanWindow *self = SENDCO_PLAN_WINDOW (widget);
  g_autoptr (SendcoSupportPlan) edited = collect (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = find_problem (self, edited);

  if (problem)
    {
      gtk_label_set_text (self->problem_label, problem);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  if (!save_plan_and_links (self, edited, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, edited->id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_plan_window_close_request (GtkWindow *window)
{
  SendcoPlanWindow *self = SENDCO_PLAN_WINDOW (window);

  if (self->closing || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_plan_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this support plan have not been saved."),
                                    &self->closing);
}

static void
sendco_plan_window_dispose (GObject *object)
{
  SendcoPlanWindow *self = SENDCO_PLAN_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->original, sendco_support_plan_free);
  g_clear_pointer (&self->pristine, sendco_support_plan_free);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->library, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PLAN_WINDOW);

  G_OBJECT_CLASS (sendco_plan_window_parent_class)->dispose (object);
}

static void
sendco_plan_window_class_init (SendcoPlanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_plan_window_dispose;
  window_class->close_request = sendco_plan_window_close_request;

  /**
   * SendcoPlanWindow::saved:
   * @plan_id: the plan's id in the store
   *
   * Emitted once the plan has been saved.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-plan-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoPlanWindow, name)
  BIND (window_title);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (start_entry);
  BIND (review_entry);
  BIND (no_outcomes_label);
  BIND (outcomes_box);
#undef BIND

  gtk_widget_class_install_action (widget_class, "plan.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-outcome", NULL, add_outcome_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "plan.add-outcome", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_plan_window_init (SendcoPlanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_ptr_array_new_with_free_func (outcome_editor_free);

  sendco_date_entry_set_label (self->start_entry, _("Starts on"));
  sendco_date_entry_set_label (self->review_entry, _("To be reviewed on"));
  g_signal_connect (self->start_entry, "notify::date", G_CALLBACK (on_start_changed), self);
  g_signal_connect (self->start_entry, "notify::valid", G_CALLBACK (on_dates_changed), self);
  g_signal_connect (self->review_entry, "notify::date", G_CALLBACK (on_review_changed), self);
  g_signal_connect (self->review_entry, "notify::valid", G_CALLBACK (on_dates_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save", FALSE);
}

SendcoPlanWindow *
sendco_plan_window_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil,
                        const SendcoSupportPlan *plan)
{
  SendcoPlanWindow *self;
  const SendcoNeedType *need;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);

  self = g_object_new (SENDCO_TYPE_PLAN_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);
  self->library = sendco_store_list_provisions (store, TRUE, NULL);
  if (self->library == NULL)
    self->library = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_provision_free);

  /* New outcomes start in the area of the pupil's primary need. */
  need = sendco_need_type_lookup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED));
  self->default_area = need ? need->area : SENDCO_AREA_COMMUNICATION;

  name = sendco_pupil_dup_full_name (pupil);
  adw_window_title_set_subtitle (self->window_title, name);

  self->loading = TRUE;
  if (plan)
    {
      g_autofree char *title = g_strdup_printf (_("Support Plan, Cycle %d"), plan->cycle);

      self->original = sendco_support_plan_copy (plan);
      adw_window_title_set_title (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
      sendco_date_entry_set_date (self->start_entry, plan->start_date);
      sendco_date_entry_set_date (self->review_entry, plan->review_date);
      self->review_touched = TRUE;
      for (guint i = 0; i < plan->outcomes->len; i++)
        add_editor (self, g_ptr_array_index (plan->outcomes, i));
    }
  else
    {
      g_autofree char *today = sendco_today_iso ();
      GDate review;

      self->original = sendco_support_plan_new ();
      self->original->pupil_id = sendco_pupil_get_id (pupil);
      adw_window_title_set_title (self->window_title, _("New Support Plan"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Support Plan"));
      sendco_date_entry_set_date (self->start_entry, today);
      sendco_date_from_iso (today, &review);
      sendco_date_add_weeks (&review, WEEKS_TO_REVIEW);
      {
        g_autofree char *iso = sendco_date_to_iso (&review);

        sendco_date_entry_set_date (self->review_entry, iso);
      }
      add_editor (self, NULL);
    }
  self->loading = FALSE;

  self->pristine = collect (self);
  renumber (self);
  update_state (self);
  return self;
}

const char *
sendco_plan_window_get_problem (SendcoPlanWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_PLAN_WINDOW (self), NULL);
  return self->problem;
}

guint
sendco_plan_window_get_n_outcomes (SendcoPlanWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_PLAN_WINDOW (self), 0);
  return self->editors->len;
}

GtkWidget *
sendco_plan_window_get_outcome_group (SendcoPlanWindow *self, guint index)
{
  g_return_val_if_fail (SENDCO_IS_PLAN_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->editors->len, NULL);
  return GTK_WIDGET (((OutcomeEditor *) g_ptr_array_index (self->editors, index))->group);
}
