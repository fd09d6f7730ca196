/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gtk_widget_set_tooltip_text() on a visible widget asks the display where
 * the pointer is, in case the tooltip under it should change: on X11 that
 * is a round trip to the server. Binding a few hundred list rows made that
 * a few hundred round trips, over a third of the time a page of deadlines
 * took to appear. Here the text waits on the widget and is handed over only
 * when GTK asks for a tooltip; screen readers get it as the description, as
 * they would from gtk_widget_set_tooltip_text(). */
#include "config.h"

#include "sendco-list-tooltip.h"

#define TOOLTIP_KEY "sendco-list-tooltip"

static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                  gpointer data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * sendco_list_tooltip_set:
 * @text: (nullable): the tooltip, or %NULL or "" for none
 *
 * Gives @widget a plain-text tooltip, like gtk_widget_set_tooltip_text(),
 * cheaply enough to call for every row a list binds.
 */
void
sendco_list_tooltip_set (GtkWidget *widget, const char *text)
{
  gboolean has = text != NULL && text[0] != '\0';

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY), has ? text : NULL) == 0)
    return;
  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_query_tooltip, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, has ? g_strdup (text) : NULL, g_free);
  gtk_widget_set_has_tooltip (widget, has);
  if (has)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
