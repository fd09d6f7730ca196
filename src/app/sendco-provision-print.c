/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing the provision map through GtkPrintOperation. The page setup
 * defaults to landscape A4 with the whole sheet given to the drawing (the
 * grid's pages keep their own margins), so a printed page is laid out just
 * as the PDF export is. "begin-print" paginates for the paper chosen in the
 * dialog; "draw-page" draws one page with the same render code. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provision-print.h"

#include <glib/gi18n.h>

#include "sendco-provision-grid.h"
#include "sendco-render-style.h"

typedef struct
{
  SendcoProvisionMap  *map;
  SendcoProvisionGrid *grid;
  SendcoGridPages     *pages;
  SendcoRenderStyle    style;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->pages, sendco_grid_pages_free);
  g_clear_pointer (&job->grid, sendco_provision_grid_free);
  g_clear_pointer (&job->map, sendco_provision_map_free);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation, GtkPrintContext *context, Job *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  if (job->grid == NULL)
    job->grid = sendco_provision_grid_new (job->map);
  g_clear_pointer (&job->pages, sendco_grid_pages_free);
  job->pages = sendco_provision_grid_paginate (job->grid, width, height);
  if (job->pages == NULL)
    {
      /* paper too small for a page of the map: print nothing rather than crash */
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) sendco_grid_pages_get_n_pages (job->pages));
}

static void
on_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page, Job *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_return_if_fail (job->pages != NULL);
  sendco_provision_grid_draw_page (cr, job->grid, job->pages, (guint) page, &job->style,
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context));
}

/**
 * sendco_provision_print_operation_new:
 * @map: (transfer full): what to print
 *
 * Returns: (transfer full): the operation, ready to run
 */
GtkPrintOperation *
sendco_provision_print_operation_new (SendcoProvisionMap *map)
{
  GtkPrintOperation *operation;
  g_autoptr (GtkPageSetup) setup = NULL;
  g_autoptr (GtkPaperSize) a4 = NULL;
  g_autofree char *job_name = NULL;
  Job *job;

  g_return_val_if_fail (map != NULL, NULL);

  job = g_new0 (Job, 1);
  job->map = map;
  /* Paper is white, whatever the screen is. */
  sendco_render_style_init_light (&job->style);

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* Translators: the name of a print job; %s is the school's name */
  job_name = g_strdup_printf (_("Provision map - %s"), map->school_name ? map->school_name : "");
  gtk_print_operation_set_job_name (operation, job_name);

  g_object_set_data_full (G_OBJECT (operation), "sendco-provision-print", job,
                          (GDestroyNotify) job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  return operation;
}
