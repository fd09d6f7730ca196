/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An EHC plan as the LA issued it: the LA, the caseworker, when it was
 * issued, the last review held before Sendco kept its reviews, and a planned
 * transfer with the date by which the plan must be reviewed and amended. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-editor.h"
#include "sendco-dates.h"
#include "sendco-ehc-plan-dialog.h"
#include "sendco-ehc-steps.h"
#include "sendco-ehc.h"

struct _SendcoEhcPlanDialog
{
  AdwWindow        parent_instance;

  /* template */
  AdwWindowTitle  *window_title;
  GtkRevealer     *problem_revealer;
  GtkLabel        *problem_label;
  AdwEntryRow     *la_row;
  AdwEntryRow     *caseworker_row;
  SendcoDateEntry *issued_entry;
  SendcoDateEntry *last_review_entry;
  AdwComboRow     *transfer_row;
  AdwActionRow    *transfer_year_row;
  GtkSpinButton   *transfer_year_spin;
  AdwActionRow    *move_row;
  SendcoDateEntry *move_entry;
  AdwActionRow    *transfer_deadline_row;
  GtkLabel        *transfer_deadline_label;

  SendcoStore     *store;
  SendcoPupil     *pupil;
  SendcoEhcPlan   *original;
  char            *problem;
  gboolean         closing;
};

G_DEFINE_FINAL_TYPE (SendcoEhcPlanDialog, sendco_ehc_plan_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *transfers[] = { "", "phase", "post16", "post16-move" };

static char *
trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static const char *
chosen_transfer (SendcoEhcPlanDialog *self)
{
  guint i = adw_combo_row_get_selected (self->transfer_row);

  return i < G_N_ELEMENTS (transfers) ? transfers[i] : "";
}

/* The plan as the dialog now shows it. */
static SendcoEhcPlan *
collect (SendcoEhcPlanDialog *self)
{
  SendcoEhcPlan *plan = sendco_ehc_plan_copy (self->original);
  g_autofree char *la = trimmed (GTK_EDITABLE (self->la_row));
  g_autofree char *caseworker = trimmed (GTK_EDITABLE (self->caseworker_row));
  const char *transfer = chosen_transfer (self);
  gboolean needs_year = g_str_equal (transfer, "phase") || g_str_equal (transfer, "post16");

  sendco_record_set (&plan->local_authority, la);
  sendco_record_set (&plan->caseworker, caseworker);
  sendco_record_set (&plan->issued_on, sendco_date_entry_get_date (self->issued_entry));
  sendco_record_set (&plan->last_review_on, sendco_date_entry_get_date (self->last_review_entry));
  sendco_record_set (&plan->transfer, transfer);
  plan->transfer_year = needs_year ? gtk_spin_button_get_value_as_int (self->transfer_year_spin) : 0;
  sendco_record_set (&plan->post16_move_on, g_str_equal (transfer, "post16-move")
                                              ? sendco_date_entry_get_date (self->move_entry) : "");
  return plan;
}

static gboolean
plans_equal (const SendcoEhcPlan *a, const SendcoEhcPlan *b)
{
  return g_str_equal (a->local_authority, b->local_authority) && g_str_equal (a->caseworker, b->caseworker)
         && g_str_equal (a->issued_on, b->issued_on) && g_str_equal (a->last_review_on, b->last_review_on)
         && g_str_equal (a->transfer, b->transfer) && a->transfer_year == b->transfer_year
         && g_str_equal (a->post16_move_on, b->post16_move_on);
}

static gboolean
is_dirty (SendcoEhcPlanDialog *self)
{
  g_autoptr (SendcoEhcPlan) edited = collect (self);

  return !plans_equal (edited, self->original);
}

/* The first thing that stops the plan being saved, in plain words. */
static char *
find_problem (SendcoEhcPlanDialog *self, const SendcoEhcPlan *plan)
{
  g_autofree char *today = sendco_today_iso ();

  if (!sendco_date_entry_get_valid (self->issued_entry) || plan->issued_on[0] == '\0')
    return g_strdup (_("Give the date the LA issued the plan, like 31/01/2025."));
  if (strcmp (plan->issued_on, today) > 0)
    return g_strdup (_("The date the plan was issued cannot be in the future."));
  if (!sendco_date_entry_get_valid (self->last_review_entry))
    return g_strdup (_("The last annual review must be a real date, like 31/01/2025, or left blank."));
  if (plan->last_review_on[0] && strcmp (plan->last_review_on, today) > 0)
    return g_strdup (_("The last annual review cannot be in the future."));
  if (plan->last_review_on[0] && strcmp (plan->last_review_on, plan->issued_on) < 0)
    return g_strdup (_("The last annual review cannot be before the plan was issued."));
  if (g_str_equal (plan->transfer, "post16-move")
      && (!sendco_date_entry_get_valid (self->move_entry) || plan->post16_move_on[0] == '\0'))
    return g_strdup (_("Give the date of the move between post-16 settings, like 01/09/2027."));
  return NULL;
}

static void
show_problem (SendcoEhcPlanDialog *self, const char *problem)
{
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, problem != NULL);
}

static void
update_transfer (SendcoEhcPlanDialog *self, const SendcoEhcPlan *plan)
{
  SendcoTransfer transfer = SENDCO_TRANSFER_NONE;
  GDate move, deadline;
  g_autofree char *shown = NULL;

  sendco_transfer_from_key (plan->transfer, &transfer);
  gtk_widget_set_visible (GTK_WIDGET (self->transfer_year_row),
                          transfer == SENDCO_TRANSFER_PHASE || transfer == SENDCO_TRANSFER_POST16);
  gtk_widget_set_visible (GTK_WIDGET (self->move_row), transfer == SENDCO_TRANSFER_POST16_MOVE);

  g_date_clear (&move, 1);
  sendco_date_from_iso (plan->post16_move_on, &move);
  sendco_transfer_deadline (transfer, plan->transfer_year, &move, &deadline);
  shown = sendco_format_due (&deadline);
  gtk_label_set_text (self->transfer_deadline_label, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->transfer_deadline_row), shown[0] != '\0');
}

static void
update_state (SendcoEhcPlanDialog *self)
{
  g_autoptr (SendcoEhcPlan) edited = NULL;
  gboolean dirty;

  if (self->original == NULL)
    return;
  edited = collect (self);
  dirty = !plans_equal (edited, self->original);
  g_clear_pointer (&self->problem, g_free);
  self->problem = find_problem (self, edited);
  update_transfer (self, edited);

  /* An untouched new plan does not start with an error on show. */
  show_problem (self, dirty ? self->problem : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save",
                                 self->problem == NULL && (dirty || self->original->id == 0));
}

static void
on_field_changed (GObject *object, GParamSpec *pspec, SendcoEhcPlanDialog *self)
{
  update_state (self);
}

static void
on_text_changed (GtkEditable *editable, SendcoEhcPlanDialog *self)
{
  update_state (self);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoEhcPlanDialog *self = SENDCO_EHC_PLAN_DIALOG (widget);
  g_autoptr (SendcoEhcPlan) edited = collect (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = find_problem (self, edited);

  if (problem)
    {
      show_problem (self, problem);
      return;
    }
  if (!sendco_store_save_ehc_plan (self->store, edited, &error))
    {
      show_problem (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, edited->id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_ehc_plan_dialog_close_request (GtkWindow *window)
{
  SendcoEhcPlanDialog *self = SENDCO_EHC_PLAN_DIALOG (window);

  if (self->closing || self->original == NULL || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_ehc_plan_dialog_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("This EHC plan has not been saved."),
                                    &self->closing);
}

static void
sendco_ehc_plan_dialog_dispose (GObject *object)
{
  SendcoEhcPlanDialog *self = SENDCO_EHC_PLAN_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->original, sendco_ehc_plan_free);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_EHC_PLAN_DIALOG);

  G_OBJECT_CLASS (sendco_ehc_plan_dialog_parent_class)->dispose (object);
}

static void
sendco_ehc_plan_dialog_class_init (SendcoEhcPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_ehc_plan_dialog_dispose;
  window_class->close_request = sendco_ehc_plan_dialog_close_request;

  /**
   * SendcoEhcPlanDialog::saved:
   * @id: the plan's id
   *
   * Emitted after the plan has been saved, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-ehc-plan-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoEhcPlanDialog, name)
  BIND (window_title);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (la_row);
  BIND (caseworker_row);
  BIND (issued_entry);
  BIND (last_review_entry);
  BIND (transfer_row);
  BIND (transfer_year_row);
  BIND (transfer_year_spin);
  BIND (move_row);
  BIND (move_entry);
  BIND (transfer_deadline_row);
  BIND (transfer_deadline_label);
#undef BIND

  gtk_widget_class_install_action (widget_class, "plan.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_ehc_plan_dialog_init (SendcoEhcPlanDialog *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (transfers); i++)
    gtk_string_list_append (names, sendco_transfer_name (transfers[i]));
  adw_combo_row_set_model (self->transfer_row, G_LIST_MODEL (names));

  sendco_date_entry_set_label (self->issued_entry, _("Date issued"));
  sendco_date_entry_set_label (self->last_review_entry, _("Last annual review"));
  sendco_date_entry_set_label (self->move_entry, _("Date of the move"));

  g_signal_connect (self->la_row, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->caseworker_row, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->transfer_year_spin, "value-changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->transfer_row, "notify::selected", G_CALLBACK (on_field_changed), self);
  for (SendcoDateEntry **e = (SendcoDateEntry *[]) { self->issued_entry, self->last_review_entry,
                                                     self->move_entry, NULL }; *e; e++)
    {
      g_signal_connect (*e, "notify::date", G_CALLBACK (on_field_changed), self);
      g_signal_connect (*e, "notify::valid", G_CALLBACK (on_field_changed), self);
    }
}

SendcoEhcPlanDialog *
sendco_ehc_plan_dialog_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil,
                            const SendcoEhcPlan *plan)
{
  SendcoEhcPlanDialog *self;
  g_autofree char *name = NULL;
  GDate today;
  int year;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);

  self = g_object_new (SENDCO_TYPE_EHC_PLAN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);
  self->original = plan ? sendco_ehc_plan_copy (plan) : sendco_ehc_plan_new ();
  self->original->pupil_id = sendco_pupil_get_id (pupil);

  if (plan == NULL)
    {
      g_autoptr (SendcoSchool) school = sendco_store_get_school (store, NULL);

      if (school)
        sendco_record_set (&self->original->local_authority, sendco_school_get_local_authority (school));
    }

  name = sendco_pupil_dup_full_name (pupil);
  adw_window_title_set_title (self->window_title,
                              self->original->id ? _("EHC Plan") : _("Add EHC Plan"));
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), self->original->id ? _("EHC Plan") : _("Add EHC Plan"));

  sendco_today (&today);
  year = self->original->transfer_year ? self->original->transfer_year : sendco_school_year_of (&today) + 1;
  gtk_editable_set_text (GTK_EDITABLE (self->la_row), self->original->local_authority);
  gtk_editable_set_text (GTK_EDITABLE (self->caseworker_row), self->original->caseworker);
  sendco_date_entry_set_date (self->issued_entry, self->original->issued_on);
  sendco_date_entry_set_date (self->last_review_entry, self->original->last_review_on);
  gtk_spin_button_set_value (self->transfer_year_spin, year);
  sendco_date_entry_set_date (self->move_entry, self->original->post16_move_on);
  for (guint i = 0; i < G_N_ELEMENTS (transfers); i++)
    if (g_str_equal (self->original->transfer, transfers[i]))
      adw_combo_row_set_selected (self->transfer_row, i);

  /* What the untouched dialog would save, so that only real edits count. */
  {
    g_autoptr (SendcoEhcPlan) shown = collect (self);

    shown->id = self->original->id;
    sendco_ehc_plan_free (self->original);
    self->original = g_steal_pointer (&shown);
  }
  update_state (self);
  return self;
}

const char *
sendco_ehc_plan_dialog_get_problem (SendcoEhcPlanDialog *self)
{
  g_return_val_if_fail (SENDCO_IS_EHC_PLAN_DIALOG (self), NULL);
  return self->problem;
}
