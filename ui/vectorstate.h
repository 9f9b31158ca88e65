// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

/// Zeroes the upper halves of the AVX registers (vzeroupper) where the processor has AVX; nothing
/// elsewhere. Some of Qt's raster drawing returns with them in use, and glibc's AVX-512 string functions
/// do not clear them as its AVX2 ones do; until something does, every SSE instruction of the UI, of
/// QCustomPlot and of Qt's own rasteriser waits on the upper halves it must keep (a curve's
/// simplification took 21 instead of 6 µs). Calling it costs a few cycles; any function may, as the
/// ABI keeps nothing in those halves across a call.
void clearUpperVectorState();
