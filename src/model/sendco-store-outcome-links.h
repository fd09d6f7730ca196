/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which provisions on the map serve which support plan outcomes. */
#pragma once

#include "sendco-store.h"

G_BEGIN_DECLS

/* One outcome served by one provision, with what a list shows of each. */
typedef struct
{
  gint64    outcome_id;
  gint64    provision_id;
  char     *provision_name;
  char     *provision_area;      /* area of need key */
  gboolean  provision_retired;
  gint64    plan_id;
  int       cycle;
  gboolean  plan_reviewed;
  gint64    pupil_id;
  char     *pupil_name;          /* "Forename Surname" */
  char     *outcome;             /* what the pupil will achieve */
} SendcoOutcomeLink;

void       sendco_outcome_link_free               (SendcoOutcomeLink *link);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoOutcomeLink, sendco_outcome_link_free)

GPtrArray *sendco_store_list_outcome_links        (SendcoStore       *self,
                                                   gint64             outcome_id,
                                                   gint64             provision_id,
                                                   gint64             pupil_id,
                                                   GError           **error);
GArray    *sendco_store_list_outcome_provisions   (SendcoStore       *self,
                                                   gint64             outcome_id,
                                                   GError           **error);
gboolean   sendco_store_set_outcome_provisions    (SendcoStore       *self,
                                                   gint64             outcome_id,
                                                   const gint64      *provision_ids,
                                                   guint              n_provisions,
                                                   GError           **error);

G_END_DECLS
