#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# Checks the man page against the program: every command that `relu-explorer --help` lists and that
# the subcommand table (app/subcommand.cpp) holds has a section `.SS "relu-explorer COMMAND..."` and
# is named in DESCRIPTION among the commands that need no display, and every option that
# `relu-explorer [COMMAND] --help` prints is a .TP item of that section (the window's in .SH OPTIONS;
# the options every command shares, such as --help, once there). The ids listed under --functions
# are exactly those `relu-explorer list` prints, and DESCRIPTION names every function. A documented
# option, command or function id the program does not have fails too. Prints exactly what is wrong.
# Usage: check-manpage.sh BINARY MANPAGE SUBCOMMAND_CPP
set -euo pipefail
binary=$1
manpage=$2
table=$3

# The option names of one --help text, one per line: the long name, or the short one if it has none
# (with "all": every name, -h and --help).
help_options() {
  local all=${1:-}
  sed -n -E 's/^  (-[^ ].*)$/\1/p' | while IFS= read -r line; do
    # "-h, --help   Displays..." -> "-h" "--help"; "--param <NAME=VALUE>  Set..." -> "--param"
    local names=${line%%  *} long="" short=""
    for word in ${names//,/ }; do
      case $word in
        --*) long=$word ;;
        -*) short=$word ;;
      esac
    done
    if [ -n "$all" ]; then
      printf '%s\n' ${names//,/ }
    else
      echo "${long:-$short}"
    fi
  done
}

# The lines of a man page section: from the line matching $1 (an extended regex) to the next .SH/.SS.
section() {
  awk -v start="$1" '
    found && /^\.S[HS]( |$)/ { exit }
    $0 ~ start { found = 1; next }
    found { print }' "$manpage"
}

# The options named in the tags of a section's .TP items (the line after each .TP), as typed.
tagged_options() {
  awk 'tag { print; tag = 0 } /^\.TP/ { tag = 1 }' |
    sed -E 's/\\f[BIRP]//g; s/\\-/-/g; s/^\.[A-Z]+ //; s/"//g; s/,/ /g' |
    tr ' ' '\n' | grep -E '^-' | sort -u || true
}

main_help=$("$binary" --help)
listed=$(printf '%s\n' "$main_help" | sed -n -E '/^Without a command/,/^See /s/^  ([a-z][a-z0-9-]*) +[^ ].*/\1/p' | sort -u)
# The table's entries: Subcommand{"name", "summary", run}.
tabled=$(grep -oE 'Subcommand\{"[a-z0-9-]+"' "$table" | sed -E 's/.*"(.*)"/\1/' | sort -u)
if [ -z "$tabled" ]; then
  echo "found no Subcommand{\"NAME\", ...} entries in $table" >&2
  exit 1
fi
if [ "$listed" != "$tabled" ]; then
  echo "'relu-explorer --help' lists the commands: $(echo $listed)" >&2
  echo "$(basename "$table") has: $(echo $tabled)" >&2
  exit 1
fi
commands=$tabled

main_options=$(printf '%s\n' "$main_help" | help_options | sort -u)
# Options every command has (--help, --version, ...) are documented once, in OPTIONS.
shared=$main_options
missing=()
stale=()
declare -A command_options command_names
for command in $commands; do
  if ! help=$("$binary" "$command" --help 2>&1); then
    missing+=("$command: 'relu-explorer $command --help' fails: $help")
    continue
  fi
  command_options[$command]=$(printf '%s\n' "$help" | help_options | sort -u)
  command_names[$command]=$(printf '%s\n' "$help" | help_options all | sort -u)
  shared=$(comm -12 <(printf '%s\n' "$shared") <(printf '%s\n' "${command_options[$command]}"))
done

# Compares the options a command accepts (primary names, and every name) with those its section
# documents; options in skip are documented elsewhere.
check() {
  local name=$1 accepted=$2 names=$3 documented=$4 skip=$5
  local option
  for option in $(comm -23 <(printf '%s\n' "$accepted") <(printf '%s\n' "$documented")); do
    grep -qxF -- "$option" <<<"$skip" || missing+=("$name $option")
  done
  for option in $(comm -13 <(printf '%s\n' "$names") <(printf '%s\n' "$documented")); do
    stale+=("$name $option")
  done
}

check "relu-explorer" "$main_options" "$(printf '%s\n' "$main_help" | help_options all | sort -u)" "$(section '^\.SH OPTIONS' | tagged_options)" ""
for command in $commands; do
  [ -n "${command_options[$command]+set}" ] || continue
  # roff writes a hyphen as \- (selu\-constants).
  heading="^\\.SS \"?relu-explorer ${command//-/.?-}( |\"|\$)"
  if ! grep -qE "$heading" "$manpage"; then
    missing+=("$command (no section .SS \"relu-explorer $command\" under COMMANDS)")
    continue
  fi
  documented=$(section "$heading" | tagged_options)
  check "$command" "${command_options[$command]}" "${command_names[$command]}" "$documented" "$shared"
done

# Man page text without fonts and escapes: "\fBrelu\-explorer\fR" -> "relu-explorer".
plain() {
  sed -E 's/\\f[BIRP]//g; s/\\-/-/g; s/^\.[A-Z]+ //; s/"//g'
}

# The commands DESCRIPTION says need no display.
description=$(section '^\.SH DESCRIPTION' | plain)
nodisplay=$(tr '\n' ' ' <<<"$description" | sed -n -E 's/.*The commands (.*) need no display.*/\1/p')
for command in $commands; do
  grep -qwF -- "$command" <<<"$nodisplay" || missing+=("DESCRIPTION: $command among the commands that need no display")
done

# Function ids: the words of the --functions item's list against `relu-explorer list`.
list=$("$binary" list)
ids=$(awk '/^  [a-z]/ { print $1 }' <<<"$list" | sort)
documented_ids=$(section '^\.SH OPTIONS' | sed -E 's/\\-/-/g' | awk '/^\.TP/ { item = 0 } /--functions/ { item = 1 } item' | plain |
  sed -n -E "/The ids are/,/relu-explorer list/s/^([a-z][a-z0-9_]*) *[,;.]?$/\1/p" | sort)
if [ -z "$documented_ids" ]; then
  missing+=("--functions: the list of function ids after 'The ids are'")
else
  for id in $(comm -23 <(printf '%s\n' "$ids") <(printf '%s\n' "$documented_ids")); do
    missing+=("--functions: the function id $id")
  done
  for id in $(comm -13 <(printf '%s\n' "$ids") <(printf '%s\n' "$documented_ids")); do
    stale+=("--functions: the function id $id")
  done
fi
# Display names (the second column of list) in DESCRIPTION.
for name in $(awk '/^  [a-z]/ { print $2 }' <<<"$list"); do
  grep -qwF -- "$name" <<<"$description" || missing+=("DESCRIPTION: the function $name")
done

status=0
if ((${#missing[@]})); then
  echo "$(basename "$manpage") does not document:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "Add each option as a .TP item in its command's section (the window's under .SH OPTIONS)." >&2
  status=1
fi
if ((${#stale[@]})); then
  echo "$(basename "$manpage") documents what the program does not have:" >&2
  printf '  %s\n' "${stale[@]}" >&2
  status=1
fi
[ $status -ne 0 ] || echo "$(basename "$manpage") documents every command and option ($(echo $commands)) and function id ($(echo $ids))"
exit $status
