#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Fails when a kernel loop built for AVX2 or AVX-512 has no vector loop without a call in it.

Reads the core library's disassembly (objdump). Every instantiation of the kernel loop,
rx::detail::<isa>::loop<F, Q, T>, must contain a backward jump whose body holds at least four
instructions on the instruction set's full-width registers (ymm for AVX2, zmm for AVX-512) and no
call. A change that makes GCC give up on vectorising a kernel (a helper it stops inlining, an inner
loop it unrolls too late) passes every value test and runs several times slower; this catches it.

Usage: check_vectorised.py LIBRARY
"""

import re
import subprocess
import sys

REGISTER = {"avx2": "ymm", "avx512": "zmm"}
HEADER = re.compile(r"rx::detail::(avx2|avx512)::\(anonymous namespace\)::loop<rx::fn::\w+::(\w+), (\d+)ul, (float|double)>\(")
LINE = re.compile(r"\s*([0-9a-f]+):\s+(\S+)\s*(.*)")


def has_clean_vector_loop(instructions, register):
    for address, mnemonic, operands in instructions:
        if not mnemonic.startswith("j"):
            continue
        target = re.match(r"([0-9a-f]+)\s", operands + " ")
        if not target or int(target.group(1), 16) >= address:
            continue
        start = int(target.group(1), 16)
        body = [i for i in instructions if start <= i[0] <= address]
        wide = sum(register in operands for _, _, operands in body)
        calls = sum(mnemonic.startswith("call") for _, mnemonic, _ in body)
        if wide >= 4 and calls == 0:
            return True
    return False


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", "-C", sys.argv[1]],
                             check=True, capture_output=True, text=True).stdout
    checked = 0
    failures = []
    for function in re.split(r"\n(?=[0-9a-f]+ <)", listing):
        header = HEADER.search(function.split("\n", 1)[0])
        if not header:
            continue
        isa, name, quantity, dtype = header.groups()
        instructions = []
        for line in function.split("\n")[1:]:
            match = LINE.match(line)
            if match:
                instructions.append((int(match.group(1), 16), match.group(2), match.group(3)))
        checked += 1
        if not has_clean_vector_loop(instructions, REGISTER[isa]):
            failures.append(f"{isa}: {name}, quantity {quantity}, {dtype}")
    if checked == 0:
        print("no AVX2 or AVX-512 kernel loops found in " + sys.argv[1], file=sys.stderr)
        return 1
    for failure in failures:
        print("not vectorised: " + failure)
    print(f"{checked - len(failures)} of {checked} kernel loops vectorised")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
