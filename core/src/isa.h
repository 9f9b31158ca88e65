// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// The kernels are compiled once per instruction set. Everything they inline lives in a namespace
// named after it, so that no inline function compiled for AVX2 can stand in for the generic one.
#ifndef RX_ISA_NS
#define RX_ISA_NS generic
#endif
