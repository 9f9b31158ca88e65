#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# Checks the man page against the program: every command that `relu-explorer --help` lists (or that
# main.cpp dispatches) has a section `.SS "relu-explorer COMMAND..."`, and every option that
# `relu-explorer [COMMAND] --help` prints is a .TP item of that section (the window's in .SH OPTIONS;
# the options every command shares, such as --help, once there). A documented option the program no
# longer accepts fails too. Prints exactly what is missing.
# Usage: check-manpage.sh BINARY MANPAGE [MAIN_CPP]
set -euo pipefail
binary=$1
manpage=$2
main_cpp=${3:-}

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
commands=$(printf '%s\n' "$main_help" | sed -n -E '/^Without a command/,/^See /s/^  ([a-z][a-z0-9-]*) +[^ ].*/\1/p')
if [ -n "$main_cpp" ] && [ -f "$main_cpp" ]; then
  commands+=$'\n'$(sed -n -E 's/.*command == QLatin1String\("([a-z0-9-]+)"\).*/\1/p' "$main_cpp")
fi
commands=$(printf '%s\n' "$commands" | sed '/^$/d' | sort -u)
if [ -z "$commands" ]; then
  echo "found no commands in 'relu-explorer --help'" >&2
  exit 1
fi

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

status=0
if ((${#missing[@]})); then
  echo "$(basename "$manpage") does not document:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "Add each as a .TP item in its command's section (the window's under .SH OPTIONS)." >&2
  status=1
fi
if ((${#stale[@]})); then
  echo "$(basename "$manpage") documents options the program does not accept:" >&2
  printf '  %s\n' "${stale[@]}" >&2
  status=1
fi
[ $status -ne 0 ] || echo "$(basename "$manpage") documents every command and option ($(echo $commands))"
exit $status
