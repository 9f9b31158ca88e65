// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// Compiled with -mavx2 -mfma; chosen at run time only on processors that have both.
#define RX_ISA_NS avx2
#include "kernels.inc"
