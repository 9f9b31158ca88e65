#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# Sources the bash completion and checks what it offers (COMPREPLY) for typed command lines, with
# `relu-explorer` on PATH as the built binary. Usage: test-completion.sh BINARY COMPLETION
set -uo pipefail
binary=$1
completion=$(realpath "$2")

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$(realpath "$binary")" "$bin/relu-explorer"
PATH=$bin:$PATH
cd "$bin" || exit 1 # no files but the program: file completion offers only that
# shellcheck source=/dev/null
source "$completion" || exit 1

failures=0

# Completes LINE as bash would with the cursor at its end; sets got to COMPREPLY sorted, one per line.
# Runs in this shell (not in $(...)), as bash runs completions, so the completion's cache is used.
complete_line() {
  COMP_LINE=$1
  COMP_POINT=${#COMP_LINE}
  read -r -a COMP_WORDS <<<"$COMP_LINE"
  [[ $COMP_LINE =~ [[:space:]]$ ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _relu_explorer relu-explorer "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort)
}

# expect LINE REPLY...: the completion of LINE is exactly these replies.
expect() {
  local line=$1
  shift
  local want
  complete_line "$line"
  want=$(printf '%s\n' "$@" | sed '/^$/d' | sort)
  if [ "$got" != "$want" ]; then
    echo "FAIL: '$line'"
    echo "  expected: $(echo $want)"
    echo "  got:      $(echo $got)"
    failures=$((failures + 1))
  fi
}

# expect_contains LINE REPLY...: the completion of LINE includes these replies.
expect_contains() {
  local line=$1
  shift
  local reply
  complete_line "$line"
  for reply in "$@"; do
    if ! grep -qxF -- "$reply" <<<"$got"; then
      echo "FAIL: '$line' does not offer '$reply' (offers: $(echo $got))"
      failures=$((failures + 1))
    fi
  done
}

# Commands, and session files for the window.
expect "relu-explorer " eval list export moments propagate selu-constants relu-explorer
expect "relu-explorer ex" export
expect "relu-explorer li" list
expect "relu-explorer s" selu-constants
expect "relu-explorer p" propagate

# Options, per command.
expect "relu-explorer export --wi" --width
expect "relu-explorer export --x" --x-range
expect "relu-explorer --pre" --presentation
expect "relu-explorer list --" --help --help-all --version
expect "relu-explorer eval relu --dt" --dtype
expect "relu-explorer selu-constants --" --help --help-all --version
expect "relu-explorer moments --" --param --mean --std --help --help-all --version
expect "relu-explorer propagate relu --w" --weight-variance

# Option values named in --help.
expect "relu-explorer export --format " png jpg pdf svg csv
expect "relu-explorer export --theme " light dark
expect "relu-explorer eval relu --dtype f" float32 float64
expect "relu-explorer --lang " en zh_CN
expect "relu-explorer export --preset Pa" 'Paper\,\ one\ column' 'Paper\,\ two\ columns'
expect "relu-explorer export --legend " best outside none upper-left upper-right lower-left lower-right
expect "relu-explorer export --legend upper-" upper-left upper-right
expect "relu-explorer export --layout " overlay grid
expect "relu-explorer moments relu --mean " # a number: nothing to offer

# Files where the option takes one (the test's folder holds only the program).
expect "relu-explorer export --output rel" relu-explorer
expect "relu-explorer export --session " relu-explorer
expect "relu-explorer export --title " # free text: nothing to offer

# Function ids, also after a comma.
expect "relu-explorer --functions re" relu relu6
expect "relu-explorer export --functions prelu,e" prelu,elu
expect "relu-explorer eval s" selu silu softplus
expect "relu-explorer eval relu " # a function is given: nothing more to name
expect "relu-explorer moments s" selu silu softplus
expect "relu-explorer moments --std 2 le" leaky_relu
expect "relu-explorer propagate t" tanhshrink
expect "relu-explorer propagate --layers 10 elu " # a function is given
expect "relu-explorer selu-constants " # no function, no file

# Parameter names: FUNCTION.NAME= for the window and export, NAME= for eval, a choice's values.
expect "relu-explorer --param prelu." prelu.weight=
expect "relu-explorer export --param leaky_relu.neg" leaky_relu.negative_slope=
expect "relu-explorer --param hardt" hardtanh.
expect "relu-explorer eval selu --param " alpha= scale=
expect "relu-explorer eval --dtype float64 leaky_relu --param n" negative_slope=
expect "relu-explorer eval gelu --param approximate=" none tanh
expect "relu-explorer moments selu --param " alpha= scale=
expect "relu-explorer moments gelu --param approximate=" none tanh
expect "relu-explorer propagate --layers 10 leaky_relu --param " negative_slope=
expect "relu-explorer propagate softplus --param t" threshold=
expect "relu-explorer --param gelu.approximate=t" tanh

# Whatever the program lists is offered: every command, every function id for every command that
# takes one, every option of every command and no other, and each function's parameters in the
# form its command takes (FUNCTION.NAME= or NAME=).
list=$(relu-explorer list)
ids=$(awk '/^  [a-z]/ { print $1 }' <<<"$list")
commands=$(relu-explorer --help | sed -n -E '/^Without a command/,/^See /s/^  ([a-z][a-z0-9-]*) .*/\1/p')
[ "$(echo $commands)" = "eval list export moments propagate selu-constants" ] ||
  { echo "FAIL: relu-explorer --help lists commands: $(echo $commands)"; failures=$((failures + 1)); }
# The summaries stand in a column at least two spaces after the names, as the options' do.
if relu-explorer --help | sed -n '/^Without a command/,/^See /p' | grep -E '^  [a-z][a-z0-9-]* [^ ]'; then
  echo "FAIL: a command in relu-explorer --help is followed by one space only"
  failures=$((failures + 1))
fi
expect_contains "relu-explorer " $commands
expect_contains "relu-explorer --functions " $ids
for command in $commands; do
  help=$(relu-explorer "$command" --help)
  # shellcheck disable=SC2046
  expect "relu-explorer $command -" $(sed -n -E 's/^  (-[^ ,]+(, -[^ ]+)?).*/\1/p' <<<"$help" | tr -d ',')
  if grep -qE '^Usage: .* FUNCTION$' <<<"$help"; then
    expect "relu-explorer $command " $ids
    for id in $ids; do
      # "  selu  SELU  alpha=1.67 scale=1.05" -> "alpha= scale="
      params=$(awk -v id="$id" '$1 == id { for (i = 3; i <= NF; i++) if ($i ~ /^[a-z_0-9]+=/) { sub(/=.*/, "=", $i); print $i } }' <<<"$list")
      [ -n "$params" ] && expect "relu-explorer $command $id --param " $params
    done
  else
    expect "relu-explorer $command " # takes no function
  fi
done
for id in $ids; do
  params=$(awk -v id="$id" '$1 == id { for (i = 3; i <= NF; i++) if ($i ~ /^[a-z_0-9]+=/) { sub(/=.*/, "=", $i); print id "." $i } }' <<<"$list")
  [ -n "$params" ] && expect "relu-explorer export --param $id." $params
done

if ((failures)); then
  echo "$failures completion check(s) failed"
  exit 1
fi
echo "bash completion: all checks passed"
