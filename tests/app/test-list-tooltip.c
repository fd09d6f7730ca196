/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tooltips set on list rows without a trip to the display server: the
 * widget shows one, screen readers read it, and clearing it clears both. */
#include "config.h"

#include <gtk/gtk.h>

#include "app-test-util.h"
#include "sendco-list-tooltip.h"

static guint
query_handlers (GtkWidget *widget)
{
  guint signal_id = g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET);
  guint n = 0;
  gulong id;

  /* Block each match so the next search finds the next one. */
  while ((id = g_signal_handler_find (widget, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_UNBLOCKED,
                                      signal_id, 0, NULL, NULL, NULL)) != 0)
    {
      g_signal_handler_block (widget, id);
      n++;
    }
  return n;
}

static void
test_set_and_clear (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("15/10/2026");

  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  g_assert_false (gtk_widget_get_has_tooltip (label));
  sendco_list_tooltip_set (label, "Overdue");
  g_assert_true (gtk_widget_get_has_tooltip (label));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Overdue");

  /* Rebinding the row to another item changes it; the handler is not doubled */
  sendco_list_tooltip_set (label, "Due in the next 14 days");
  sendco_list_tooltip_set (label, "Due in the next 14 days");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Due in the next 14 days");

  /* An empty text is no tooltip, as with gtk_widget_set_tooltip_text() */
  sendco_list_tooltip_set (label, "");
  g_assert_false (gtk_widget_get_has_tooltip (label));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (label),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  sendco_list_tooltip_set (label, "Later");
  g_assert_true (gtk_widget_get_has_tooltip (label));
  sendco_list_tooltip_set (label, NULL);
  g_assert_false (gtk_widget_get_has_tooltip (label));

  g_assert_cmpuint (query_handlers (label), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  test_init (&argc, &argv, FALSE);
  g_test_add_func ("/list-tooltip/set-and-clear", test_set_and_clear);
  return g_test_run ();
}
