/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the rules tests. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The data rows of tests/fixtures/mis/NAME, each an array of its fields
 * (no quoting in these files; CRLF in the primary one). */
GPtrArray *rules_test_read_sample_rows (const char *name);

G_END_DECLS
