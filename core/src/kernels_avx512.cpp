// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// Compiled with AVX-512 (F, DQ, VL, BW) and 512-bit vectors; chosen at run time only where present.
#define RX_ISA_NS avx512
#include "kernels.inc"
