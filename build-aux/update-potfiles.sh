#!/bin/sh
# Rewrites po/POTFILES.in from the files that hold translatable strings.
set -eu
cd "$(dirname "$0")/.."
{
  echo "# Every file with user-visible strings; tests/packaging/check-potfiles.sh keeps this list complete."
  echo "# Regenerate with build-aux/update-potfiles.sh."
  { grep -rlE '\b(_|N_|C_|NC_)\(' src --include='*.c'
    grep -rl 'translatable="yes"' ui
    echo data/org.example.Sendco.gschema.xml
    echo data/org.example.Sendco.metainfo.xml
    echo org.example.Sendco.desktop; } | sort
} > po/POTFILES.in
