// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "vectorstate.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

namespace {

[[gnu::target("avx")]] void zeroUpper()
{
    _mm256_zeroupper();
}

} // namespace

void clearUpperVectorState()
{
    static const bool avx = (__builtin_cpu_init(), __builtin_cpu_supports("avx"));
    if (avx)
        zeroUpper();
}
#else
void clearUpperVectorState() {}
#endif
