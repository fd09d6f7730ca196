/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SENDCO_TYPE_SCHOOL (sendco_school_get_type ())
G_DECLARE_FINAL_TYPE (SendcoSchool, sendco_school, SENDCO, SCHOOL, GObject)

SendcoSchool *sendco_school_new                 (const char   *name,
                                                 const char   *local_authority,
                                                 const char   *phase);
const char   *sendco_school_get_name            (SendcoSchool *self);
void          sendco_school_set_name            (SendcoSchool *self,
                                                 const char   *name);
const char   *sendco_school_get_local_authority (SendcoSchool *self);
void          sendco_school_set_local_authority (SendcoSchool *self,
                                                 const char   *local_authority);
const char   *sendco_school_get_phase           (SendcoSchool *self);
void          sendco_school_set_phase           (SendcoSchool *self,
                                                 const char   *phase);
gboolean      sendco_school_get_is_demo         (SendcoSchool *self);
void          sendco_school_set_is_demo         (SendcoSchool *self,
                                                 gboolean      is_demo);

gboolean      sendco_phase_is_valid             (const char   *phase);
const char   *sendco_phase_name                 (const char   *phase);

G_END_DECLS
