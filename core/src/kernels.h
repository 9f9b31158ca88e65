// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Each instruction-set variant fills the kernels of the catalogue entries (in RX_CATALOGUE order).

#include <vector>

#include "reluexplorer/activation.h"

namespace rx::detail {
namespace generic {
void installKernels(std::vector<Activation> &entries);
}
#if defined(RX_HAVE_X86_KERNELS)
namespace avx2 {
void installKernels(std::vector<Activation> &entries);
}
namespace avx512 {
void installKernels(std::vector<Activation> &entries);
}
#endif
} // namespace rx::detail
