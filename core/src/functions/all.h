// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// The catalogue: each X(...) is one function, in display order. Adding a function means writing its
// struct (see functions/common.h) and naming it here; the kernels, the command line and the window
// pick it up from this list.

#include "functions/exponential.h"
#include "functions/gelu.h"
#include "functions/linear.h"
#include "functions/piecewise.h"
#include "functions/relu.h"
#include "functions/smooth.h"

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
    X(Softplus)
