// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// The catalogue: each X(...) is one function, in display order. Adding a function takes four steps,
// and the tests fail until all four are done:
//  1. Code: its struct in functions/<id>.h (see functions/common.h: eval, kinks, and describe with
//     PyTorch's names, defaults and code templates, texts and the accuracy contract), included here and
//     named in RX_CATALOGUE at the end of its group.
//  2. Golden data: a Function entry (PyTorch's call, exact formulas in mpmath) in
//     tools/golden/generate_golden.py, then `/usr/bin/python3 tools/golden/generate_golden.py --only
//     <id>`; commit tests/core/golden/<id>_float32.txt and <id>_float64.txt.
//  3. Translations: `cmake --build build/release --target update_translations` (rewrites
//     ui/cataloguestrings.cpp and the .ts file), then the Chinese of its new entries in
//     resources/translations/relu-explorer_zh_CN.ts.
//  4. Documents: its section in docs/NUMERICS.md and its name in the README's list of functions.
// Everything else (kernels, command line, window, colours, the tests' tables) takes it from this list.

#include "functions/exponential.h"
#include "functions/gelu.h"
#include "functions/linear.h"
#include "functions/logsigmoid.h"
#include "functions/piecewise.h"
#include "functions/relu.h"
#include "functions/smooth.h"
#include "functions/tanhshrink.h"

// Grouped: the ReLU family (piecewise linear or exponential-linear), then the smooth relatives. The
// first six keep their places (and so their colours in the window).
#define RX_CATALOGUE(X)                                                                                      \
    X(Relu)                                                                                                  \
    X(Relu6)                                                                                                 \
    X(LeakyRelu)                                                                                             \
    X(Elu)                                                                                                   \
    X(Selu)                                                                                                  \
    X(Prelu)                                                                                                 \
    X(Celu)                                                                                                  \
    X(Rrelu)                                                                                                 \
    X(Hardtanh)                                                                                              \
    X(Hardswish)                                                                                             \
    X(Hardsigmoid)                                                                                           \
    X(Gelu)                                                                                                  \
    X(Silu)                                                                                                  \
    X(Mish)                                                                                                  \
    X(Softplus)                                                                                              \
    X(Logsigmoid)                                                                                            \
    X(Tanhshrink)
