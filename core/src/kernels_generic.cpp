// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#define RX_ISA_NS generic
#include "kernels.inc"
