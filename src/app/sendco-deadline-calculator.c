/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The deadline calculator: enter the date an EHC needs assessment request
 * was received, or the date of an annual review meeting, and see the
 * statutory chain that follows, worked out by the rules in sendco-ehc.c,
 * updating as you type. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-date-entry.h"
#include "sendco-dates.h"
#include "sendco-deadline-calculator.h"
#include "sendco-ehc.h"

/* The transfer row lists these, in this order. */
static const SendcoTransfer transfer_choices[] = {
  SENDCO_TRANSFER_NONE, SENDCO_TRANSFER_PHASE, SENDCO_TRANSFER_POST16, SENDCO_TRANSFER_POST16_MOVE,
};

struct _SendcoDeadlineCalculator
{
  AdwWindow        parent_instance;

  /* template */
  GtkToggleButton *request_toggle;
  GtkToggleButton *review_toggle;
  GtkStack        *input_stack;
  SendcoDateEntry *received_entry;
  SendcoDateEntry *draft_entry;
  SendcoDateEntry *meeting_entry;
  SendcoDateEntry *decision_entry;
  SendcoDateEntry *notice_entry;
  AdwComboRow     *transfer_row;
  AdwActionRow    *year_row;
  GtkSpinButton   *year_spin;
  AdwActionRow    *move_row;
  SendcoDateEntry *move_entry;
  GtkLabel        *hint_label;
  GtkListBox      *chain_list;
};

G_DEFINE_FINAL_TYPE (SendcoDeadlineCalculator, sendco_deadline_calculator, ADW_TYPE_WINDOW)

/* The date in @entry; FALSE (and a cleared @date) when blank or not a date. */
static gboolean
read_date (SendcoDateEntry *entry, GDate *date)
{
  const char *iso = sendco_date_entry_get_date (entry);

  g_date_clear (date, 1);
  return iso[0] && sendco_date_from_iso (iso, date);
}

static gboolean
is_typed_wrong (SendcoDateEntry *entry)
{
  return !sendco_date_entry_get_valid (entry)
         && gtk_editable_get_text (sendco_date_entry_get_editable (entry))[0] != '\0';
}

static GtkWidget *
make_row (const SendcoDeadline *deadline)
{
  g_autofree char *uk = sendco_date_format_uk (&deadline->date);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", sendco_owner_name (deadline->owner),
                                               deadline->rule);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *date = gtk_label_new (uk);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), deadline->label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_width_chars (GTK_LABEL (date), 10);
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_widget_add_css_class (date, "heading");
  gtk_widget_add_css_class (date, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), date);
  g_object_set_data_full (G_OBJECT (row), "step", g_strdup (deadline->step), g_free);
  return row;
}

static void
show_hint (SendcoDeadlineCalculator *self, const char *hint)
{
  gtk_label_set_text (self->hint_label, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
}

static GArray *
request_chain (SendcoDeadlineCalculator *self)
{
  GDate received, draft;

  if (!read_date (self->received_entry, &received))
    {
      show_hint (self, is_typed_wrong (self->received_entry)
                         ? _("That is not a real date. Type the date the LA received the request "
                             "as dd/mm/yyyy.")
                         : _("Type the date the LA received the request to see every step that "
                             "follows from it."));
      return NULL;
    }
  read_date (self->draft_entry, &draft);
  if (is_typed_wrong (self->draft_entry))
    show_hint (self, _("The date the draft was sent is not a real date, so it is left out."));
  else if (g_date_valid (&draft) && g_date_compare (&draft, &received) < 0)
    {
      show_hint (self, _("The draft cannot be sent before the LA received the request, so it is "
                         "left out."));
      g_date_clear (&draft, 1);
    }
  else
    show_hint (self, NULL);
  return sendco_ehc_request_timeline (&received, g_date_valid (&draft) ? &draft : NULL);
}

static GArray *
review_chain (SendcoDeadlineCalculator *self)
{
  SendcoAnnualReviewDates dates;
  guint choice = adw_combo_row_get_selected (self->transfer_row);
  GString *problems = g_string_new (NULL);
  g_autofree char *hint = NULL;
  GArray *chain;

  sendco_annual_review_dates_init (&dates);
  if (!read_date (self->meeting_entry, &dates.meeting))
    {
      show_hint (self, is_typed_wrong (self->meeting_entry)
                         ? _("That is not a real date. Type the date of the review meeting as "
                             "dd/mm/yyyy.")
                         : _("Type the date of the annual review meeting to see every step "
                             "around it."));
      g_string_free (problems, TRUE);
      return NULL;
    }

  read_date (self->decision_entry, &dates.la_decision);
  read_date (self->notice_entry, &dates.amendment_notice);
  if (is_typed_wrong (self->decision_entry) || is_typed_wrong (self->notice_entry))
    g_string_append (problems, _("A date that is not real is left out."));
  if (g_date_valid (&dates.la_decision) && g_date_compare (&dates.la_decision, &dates.meeting) < 0)
    {
      g_string_append_printf (problems, "%s%s", problems->len ? " " : "",
                              _("The LA’s decision cannot come before the meeting, so it is left out."));
      g_date_clear (&dates.la_decision, 1);
    }
  if (g_date_valid (&dates.amendment_notice)
      && g_date_compare (&dates.amendment_notice, &dates.meeting) < 0)
    {
      g_string_append_printf (problems, "%s%s", problems->len ? " " : "",
                              _("The notice of proposed amendments cannot come before the meeting, "
                                "so it is left out."));
      g_date_clear (&dates.amendment_notice, 1);
    }

  if (choice < G_N_ELEMENTS (transfer_choices))
    dates.transfer = transfer_choices[choice];
  dates.transfer_year = gtk_spin_button_get_value_as_int (self->year_spin);
  read_date (self->move_entry, &dates.post16_move);
  if (dates.transfer == SENDCO_TRANSFER_POST16_MOVE && !g_date_valid (&dates.post16_move))
    g_string_append_printf (problems, "%s%s", problems->len ? " " : "",
                            _("Type the date of the move to see when the plan must be reviewed."));

  hint = g_string_free (problems, FALSE);
  show_hint (self, hint[0] ? hint : NULL);
  chain = sendco_annual_review_timeline (&dates);
  return chain;
}

static const char *
transfer_subtitle (SendcoTransfer transfer)
{
  switch (transfer)
    {
    case SENDCO_TRANSFER_PHASE:
      return _("The plan is reviewed and amended by 15 February of this year");
    case SENDCO_TRANSFER_POST16:
      return _("The plan is reviewed and amended by 31 March of this year");
    case SENDCO_TRANSFER_POST16_MOVE:
    case SENDCO_TRANSFER_NONE:
    default:
      return _("The calendar year the pupil moves");
    }
}

static void
update_chain (SendcoDeadlineCalculator *self)
{
  gboolean review = gtk_toggle_button_get_active (self->review_toggle);
  g_autoptr (GArray) chain = NULL;
  GtkWidget *child;
  SendcoTransfer transfer = SENDCO_TRANSFER_NONE;
  guint choice = adw_combo_row_get_selected (self->transfer_row);

  if (choice < G_N_ELEMENTS (transfer_choices))
    transfer = transfer_choices[choice];
  gtk_stack_set_visible_child_name (self->input_stack, review ? "review" : "request");
  gtk_widget_set_visible (GTK_WIDGET (self->year_row),
                          transfer == SENDCO_TRANSFER_PHASE || transfer == SENDCO_TRANSFER_POST16);
  gtk_widget_set_visible (GTK_WIDGET (self->move_row), transfer == SENDCO_TRANSFER_POST16_MOVE);
  adw_action_row_set_subtitle (self->year_row, transfer_subtitle (transfer));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chain_list))))
    gtk_list_box_remove (self->chain_list, child);

  chain = review ? review_chain (self) : request_chain (self);
  for (guint i = 0; chain && i < chain->len; i++)
    gtk_list_box_append (self->chain_list, make_row (&g_array_index (chain, SendcoDeadline, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->chain_list), chain && chain->len > 0);
}

static void
on_input_changed (GObject *object, GParamSpec *pspec, SendcoDeadlineCalculator *self)
{
  update_chain (self);
}

static void
on_text_changed (GtkEditable *editable, SendcoDeadlineCalculator *self)
{
  update_chain (self);
}

static void
sendco_deadline_calculator_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SENDCO_TYPE_DEADLINE_CALCULATOR);

  G_OBJECT_CLASS (sendco_deadline_calculator_parent_class)->dispose (object);
}

static void
sendco_deadline_calculator_class_init (SendcoDeadlineCalculatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_deadline_calculator_dispose;

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-deadline-calculator.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoDeadlineCalculator, name)
  BIND (request_toggle);
  BIND (review_toggle);
  BIND (input_stack);
  BIND (received_entry);
  BIND (draft_entry);
  BIND (meeting_entry);
  BIND (decision_entry);
  BIND (notice_entry);
  BIND (transfer_row);
  BIND (year_row);
  BIND (year_spin);
  BIND (move_row);
  BIND (move_entry);
  BIND (hint_label);
  BIND (chain_list);
#undef BIND

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_deadline_calculator_init (SendcoDeadlineCalculator *self)
{
  g_autoptr (GtkStringList) transfers = gtk_string_list_new (NULL);
  SendcoDateEntry *entries[6];
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  entries[0] = self->received_entry;
  entries[1] = self->draft_entry;
  entries[2] = self->meeting_entry;
  entries[3] = self->decision_entry;
  entries[4] = self->notice_entry;
  entries[5] = self->move_entry;

  sendco_date_entry_set_label (self->received_entry, _("Date the LA received the request"));
  sendco_date_entry_set_label (self->draft_entry, _("Date the draft plan was sent"));
  sendco_date_entry_set_label (self->meeting_entry, _("Date of the review meeting"));
  sendco_date_entry_set_label (self->decision_entry, _("Date of the LA’s decision"));
  sendco_date_entry_set_label (self->notice_entry, _("Date of the notice of proposed amendments"));
  sendco_date_entry_set_label (self->move_entry, _("Date of the move between post-16 settings"));

  gtk_string_list_append (transfers, _("None"));
  gtk_string_list_append (transfers, _("Phase transfer"));
  gtk_string_list_append (transfers, _("Secondary school to post-16"));
  gtk_string_list_append (transfers, _("Between post-16 settings"));
  adw_combo_row_set_model (self->transfer_row, G_LIST_MODEL (transfers));

  sendco_today (&today);
  gtk_spin_button_set_value (self->year_spin, g_date_get_year (&today) + 1);

  /* After the entry has read the text; what is said about it depends on the text too. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_after (sendco_date_entry_get_editable (entries[i]), "changed",
                            G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->review_toggle, "notify::active", G_CALLBACK (on_input_changed), self);
  g_signal_connect (self->transfer_row, "notify::selected", G_CALLBACK (on_input_changed), self);
  g_signal_connect (self->year_spin, "notify::value", G_CALLBACK (on_input_changed), self);

  update_chain (self);
}

/**
 * sendco_deadline_calculator_present:
 * @parent: (nullable): the window it belongs to
 */
SendcoDeadlineCalculator *
sendco_deadline_calculator_present (GtkWindow *parent)
{
  SendcoDeadlineCalculator *self = g_object_new (SENDCO_TYPE_DEADLINE_CALCULATOR,
                                                 "transient-for", parent, NULL);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->received_entry));
  return self;
}
