/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-passport-render.h"
#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PASSPORT_WINDOW (sendco_passport_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPassportWindow, sendco_passport_window, SENDCO, PASSPORT_WINDOW, AdwWindow)

/* Edits @pupil's passport; emits "saved" once it is in the store. */
SendcoPassportWindow *sendco_passport_window_new           (GtkWindow             *parent,
                                                            SendcoStore           *store,
                                                            SendcoPupil           *pupil,
                                                            const SendcoPassport  *passport);
GtkTextView          *sendco_passport_window_get_text_view (SendcoPassportWindow  *self,
                                                            SendcoPassportSection  section);

G_END_DECLS
