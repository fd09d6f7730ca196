/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A request for an EHC needs assessment: the date the LA received it, then
 * the date each step actually happened beside the date the law sets for it,
 * and an exception to the 20 weeks if one applies. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-editor.h"
#include "sendco-dates.h"
#include "sendco-ehc-request-window.h"
#include "sendco-ehc-steps.h"

struct _SendcoEhcRequestWindow
{
  AdwWindow         parent_instance;

  /* template */
  AdwWindowTitle   *window_title;
  GtkRevealer      *problem_revealer;
  GtkLabel         *problem_label;
  SendcoDateEntry  *received_entry;
  AdwComboRow      *decision_row;
  AdwActionRow     *decision_date_row;
  GtkLabel         *decision_state;
  SendcoDateEntry  *decision_entry;
  AdwActionRow     *advice_row;
  SendcoDateEntry  *advice_entry;
  AdwActionRow     *draft_row;
  SendcoDateEntry  *draft_entry;
  AdwActionRow     *final_row;
  GtkLabel         *final_state;
  SendcoDateEntry  *final_entry;
  AdwActionRow     *not_issuing_row;
  GtkLabel         *not_issuing_state;
  SendcoDateEntry  *not_issuing_entry;
  AdwComboRow      *exception_row;
  AdwEntryRow      *exception_note_row;

  SendcoStore      *store;
  SendcoPupil      *pupil;
  SendcoEhcRequest *original;
  char             *problem;
  gboolean          closing;
};

G_DEFINE_FINAL_TYPE (SendcoEhcRequestWindow, sendco_ehc_request_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *decisions[] = { "", "assess", "not-assess" };
static const char *exceptions[] = { "", "child-away", "setting-closed", "exceptional-circumstances" };

static const char *
chosen (AdwComboRow *row, const char *const *keys, guint n_keys)
{
  guint i = adw_combo_row_get_selected (row);

  return i < n_keys ? keys[i] : "";
}

static void
choose (AdwComboRow *row, const char *const *keys, guint n_keys, const char *key)
{
  for (guint i = 0; i < n_keys; i++)
    if (g_str_equal (keys[i], key))
      adw_combo_row_set_selected (row, i);
}

/* The request as the window now shows it. */
static SendcoEhcRequest *
collect (SendcoEhcRequestWindow *self)
{
  SendcoEhcRequest *request = sendco_ehc_request_copy (self->original);
  const char *exception = chosen (self->exception_row, exceptions, G_N_ELEMENTS (exceptions));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->exception_note_row))));

  sendco_record_set (&request->received_on, sendco_date_entry_get_date (self->received_entry));
  sendco_record_set (&request->decision, chosen (self->decision_row, decisions, G_N_ELEMENTS (decisions)));
  sendco_record_set (&request->decision_on, sendco_date_entry_get_date (self->decision_entry));
  sendco_record_set (&request->advice_on, sendco_date_entry_get_date (self->advice_entry));
  sendco_record_set (&request->draft_sent_on, sendco_date_entry_get_date (self->draft_entry));
  sendco_record_set (&request->final_plan_on, sendco_date_entry_get_date (self->final_entry));
  sendco_record_set (&request->not_issuing_on, sendco_date_entry_get_date (self->not_issuing_entry));
  sendco_record_set (&request->exception, exception);
  sendco_record_set (&request->exception_note, exception[0] ? note : "");
  return request;
}

static gboolean
requests_equal (const SendcoEhcRequest *a, const SendcoEhcRequest *b)
{
  return g_str_equal (a->received_on, b->received_on) && g_str_equal (a->decision, b->decision)
         && g_str_equal (a->decision_on, b->decision_on) && g_str_equal (a->advice_on, b->advice_on)
         && g_str_equal (a->draft_sent_on, b->draft_sent_on) && g_str_equal (a->final_plan_on, b->final_plan_on)
         && g_str_equal (a->not_issuing_on, b->not_issuing_on) && g_str_equal (a->exception, b->exception)
         && g_str_equal (a->exception_note, b->exception_note);
}

static gboolean
is_dirty (SendcoEhcRequestWindow *self)
{
  g_autoptr (SendcoEhcRequest) edited = collect (self);

  return !requests_equal (edited, self->original);
}

/* The first thing that stops the request being saved, in plain words. */
static char *
find_problem (SendcoEhcRequestWindow *self, const SendcoEhcRequest *r)
{
  g_autofree char *today = sendco_today_iso ();
  struct { SendcoDateEntry *entry; const char *date; const char *name; } steps[] = {
    { self->decision_entry, r->decision_on, _("Date of the decision") },
    { self->advice_entry, r->advice_on, _("Advice from professionals") },
    { self->draft_entry, r->draft_sent_on, _("Draft plan sent to the parents") },
    { self->final_entry, r->final_plan_on, _("Final EHC plan issued") },
    { self->not_issuing_entry, r->not_issuing_on, _("Notice that no plan will be issued") },
  };

  if (!sendco_date_entry_get_valid (self->received_entry) || r->received_on[0] == '\0')
    return g_strdup (_("Give the date the LA received the request, like 05/01/2026."));
  if (strcmp (r->received_on, today) > 0)
    return g_strdup (_("The date the LA received the request cannot be in the future."));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (!sendco_date_entry_get_valid (steps[i].entry))
        return g_strdup_printf (_("“%s” must be a real date, like 16/02/2026, or left blank."), steps[i].name);
      if (steps[i].date[0] && strcmp (steps[i].date, today) > 0)
        return g_strdup_printf (_("“%s” cannot be in the future: record each step once it has happened."),
                                steps[i].name);
      if (steps[i].date[0] && strcmp (steps[i].date, r->received_on) < 0)
        return g_strdup_printf (_("“%s” cannot be before the LA received the request."), steps[i].name);
    }
  if (r->decision[0] && r->decision_on[0] == '\0')
    return g_strdup (_("Give the date of the LA’s decision whether to assess."));
  if (r->decision[0] == '\0' && r->decision_on[0])
    return g_strdup (_("Choose what the LA decided: to assess or not."));
  if (r->final_plan_on[0] && r->not_issuing_on[0])
    return g_strdup (_("A request ends with a final plan or a notice that no plan will be issued, not both."));
  return NULL;
}

static void
show_problem (SendcoEhcRequestWindow *self, const char *problem)
{
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, problem != NULL);
}

static void
show_step (AdwActionRow *row, GtkLabel *state_label, const char *done, const SendcoDeadline *deadline,
           const GDate *today)
{
  g_autofree char *subtitle = NULL, *state_text = NULL, *date = NULL;
  SendcoStepState state;
  int days;

  if (deadline == NULL)
    {
      adw_action_row_set_subtitle (row, _("Its date follows from the day the LA received the request"));
      gtk_widget_set_visible (GTK_WIDGET (state_label), FALSE);
      return;
    }
  date = sendco_format_due (&deadline->date);
  subtitle = g_strdup_printf (_("By %s\n%s"), date, deadline->rule);
  adw_action_row_set_subtitle (row, subtitle);

  state = sendco_step_state (done, &deadline->date, today, &days);
  state_text = sendco_step_state_text (state, days, FALSE);
  gtk_label_set_text (state_label, state_text);
  sendco_step_state_style (GTK_WIDGET (state_label), state, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (state_label), TRUE);
}

/* The statutory dates follow the date received (and the draft). */
static void
update_dates (SendcoEhcRequestWindow *self, const SendcoEhcRequest *r)
{
  g_autoptr (GArray) timeline = NULL;
  GDate received, draft, today;
  const SendcoDeadline *comments;
  gboolean not_assess = g_str_equal (r->decision, "not-assess");

  sendco_today (&today);
  g_date_clear (&received, 1);
  g_date_clear (&draft, 1);
  sendco_date_from_iso (r->draft_sent_on, &draft);
  if (sendco_date_from_iso (r->received_on, &received))
    timeline = sendco_ehc_request_timeline (&received, &draft);

  show_step (self->decision_date_row, self->decision_state, r->decision_on,
             sendco_deadline_lookup (timeline, "decision-to-assess"), &today);
  show_step (self->final_row, self->final_state, r->final_plan_on,
             sendco_deadline_lookup (timeline, "final-plan"), &today);
  show_step (self->not_issuing_row, self->not_issuing_state, r->not_issuing_on,
             sendco_deadline_lookup (timeline, "notice-no-plan"), &today);
  /* Nobody is waiting for a notice that is only sent if no plan will be. */
  if (r->not_issuing_on[0] == '\0')
    gtk_widget_set_visible (GTK_WIDGET (self->not_issuing_state), FALSE);

  comments = sendco_deadline_lookup (timeline, "draft-comments");
  if (comments)
    {
      g_autofree char *date = sendco_format_due (&comments->date);
      g_autofree char *subtitle = g_strdup_printf (_("Parents can comment and name a school until at least %s"),
                                                   date);

      adw_action_row_set_subtitle (self->draft_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->draft_row, _("The parents’ time to comment starts the day it is sent"));

  /* After a decision not to assess there is nothing more to record. */
  gtk_widget_set_visible (GTK_WIDGET (self->advice_row), !not_assess || r->advice_on[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->draft_row), !not_assess || r->draft_sent_on[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->final_row), !not_assess || r->final_plan_on[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->not_issuing_row), !not_assess || r->not_issuing_on[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->exception_note_row), r->exception[0] != '\0');
}

static void
update_state (SendcoEhcRequestWindow *self)
{
  g_autoptr (SendcoEhcRequest) edited = NULL;
  gboolean dirty;

  if (self->original == NULL)
    return;
  edited = collect (self);
  dirty = !requests_equal (edited, self->original);
  g_clear_pointer (&self->problem, g_free);
  self->problem = find_problem (self, edited);
  update_dates (self, edited);

  show_problem (self, dirty ? self->problem : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.save",
                                 self->problem == NULL && (dirty || self->original->id == 0));
}

static void
on_field_changed (GObject *object, GParamSpec *pspec, SendcoEhcRequestWindow *self)
{
  update_state (self);
}

static void
on_text_changed (GtkEditable *editable, SendcoEhcRequestWindow *self)
{
  update_state (self);
}

static void
on_decision_selected (GObject *object, GParamSpec *pspec, SendcoEhcRequestWindow *self)
{
  g_autofree char *today = sendco_today_iso ();

  /* Choosing a decision most often means it was made today. */
  if (adw_combo_row_get_selected (self->decision_row) != 0
      && sendco_date_entry_get_date (self->decision_entry)[0] == '\0'
      && gtk_editable_get_text (sendco_date_entry_get_editable (self->decision_entry))[0] == '\0')
    sendco_date_entry_set_date (self->decision_entry, today);
  update_state (self);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoEhcRequestWindow *self = SENDCO_EHC_REQUEST_WINDOW (widget);
  g_autoptr (SendcoEhcRequest) edited = collect (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = find_problem (self, edited);

  if (problem)
    {
      show_problem (self, problem);
      return;
    }
  if (!sendco_store_save_ehc_request (self->store, edited, &error))
    {
      show_problem (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, edited->id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_ehc_request_window_close_request (GtkWindow *window)
{
  SendcoEhcRequestWindow *self = SENDCO_EHC_REQUEST_WINDOW (window);

  if (self->closing || self->original == NULL || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_ehc_request_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this request have not been saved."),
                                    &self->closing);
}

static void
sendco_ehc_request_window_dispose (GObject *object)
{
  SendcoEhcRequestWindow *self = SENDCO_EHC_REQUEST_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->original, sendco_ehc_request_free);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_EHC_REQUEST_WINDOW);

  G_OBJECT_CLASS (sendco_ehc_request_window_parent_class)->dispose (object);
}

static void
sendco_ehc_request_window_class_init (SendcoEhcRequestWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_ehc_request_window_dispose;
  window_class->close_request = sendco_ehc_request_window_close_request;

  /**
   * SendcoEhcRequestWindow::saved:
   * @id: the request's id
   *
   * Emitted after the request has been saved, just before the window closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-ehc-request-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoEhcRequestWindow, name)
  BIND (window_title);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (received_entry);
  BIND (decision_row);
  BIND (decision_date_row);
  BIND (decision_state);
  BIND (decision_entry);
  BIND (advice_row);
  BIND (advice_entry);
  BIND (draft_row);
  BIND (draft_entry);
  BIND (final_row);
  BIND (final_state);
  BIND (final_entry);
  BIND (not_issuing_row);
  BIND (not_issuing_state);
  BIND (not_issuing_entry);
  BIND (exception_row);
  BIND (exception_note_row);
#undef BIND

  gtk_widget_class_install_action (widget_class, "request.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "request.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_ehc_request_window_init (SendcoEhcRequestWindow *self)
{
  static const char *labels[] = {
    N_("Received by the LA"), N_("Date of the decision"), N_("Advice from professionals"),
    N_("Draft plan sent to the parents"), N_("Final EHC plan issued"),
    N_("Notice that no plan will be issued"),
  };
  g_autoptr (GtkStringList) decision_names = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) exception_names = gtk_string_list_new (NULL);
  SendcoDateEntry *entries[G_N_ELEMENTS (labels)];

  gtk_widget_init_template (GTK_WIDGET (self));

  entries[0] = self->received_entry;
  entries[1] = self->decision_entry;
  entries[2] = self->advice_entry;
  entries[3] = self->draft_entry;
  entries[4] = self->final_entry;
  entries[5] = self->not_issuing_entry;

  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    gtk_string_list_append (decision_names, sendco_assess_decision_name (decisions[i]));
  adw_combo_row_set_model (self->decision_row, G_LIST_MODEL (decision_names));
  for (guint i = 0; i < G_N_ELEMENTS (exceptions); i++)
    gtk_string_list_append (exception_names, sendco_ehc_exception_name (exceptions[i]));
  adw_combo_row_set_model (self->exception_row, G_LIST_MODEL (exception_names));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      sendco_date_entry_set_label (entries[i], _(labels[i]));
      g_signal_connect (entries[i], "notify::date", G_CALLBACK (on_field_changed), self);
      g_signal_connect (entries[i], "notify::valid", G_CALLBACK (on_field_changed), self);
    }
  g_signal_connect (self->decision_row, "notify::selected", G_CALLBACK (on_decision_selected), self);
  g_signal_connect (self->exception_row, "notify::selected", G_CALLBACK (on_field_changed), self);
  g_signal_connect (self->exception_note_row, "changed", G_CALLBACK (on_text_changed), self);
}

SendcoEhcRequestWindow *
sendco_ehc_request_window_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil,
                               const SendcoEhcRequest *request)
{
  SendcoEhcRequestWindow *self;
  g_autofree char *name = NULL;
  const char *title;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);

  self = g_object_new (SENDCO_TYPE_EHC_REQUEST_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);
  self->original = request ? sendco_ehc_request_copy (request) : sendco_ehc_request_new ();
  self->original->pupil_id = sendco_pupil_get_id (pupil);

  name = sendco_pupil_dup_full_name (pupil);
  title = request ? _("EHC Needs Assessment") : _("Record EHC Needs Assessment Request");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  /* Set the decision's date first, so choosing the decision keeps it. */
  sendco_date_entry_set_date (self->received_entry, self->original->received_on);
  sendco_date_entry_set_date (self->decision_entry, self->original->decision_on);
  choose (self->decision_row, decisions, G_N_ELEMENTS (decisions), self->original->decision);
  sendco_date_entry_set_date (self->advice_entry, self->original->advice_on);
  sendco_date_entry_set_date (self->draft_entry, self->original->draft_sent_on);
  sendco_date_entry_set_date (self->final_entry, self->original->final_plan_on);
  sendco_date_entry_set_date (self->not_issuing_entry, self->original->not_issuing_on);
  choose (self->exception_row, exceptions, G_N_ELEMENTS (exceptions), self->original->exception);
  gtk_editable_set_text (GTK_EDITABLE (self->exception_note_row), self->original->exception_note);

  update_state (self);
  return self;
}

const char *
sendco_ehc_request_window_get_problem (SendcoEhcRequestWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_EHC_REQUEST_WINDOW (self), NULL);
  return self->problem;
}
