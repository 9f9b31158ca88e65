// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <catch2/catch.hpp>

#include "vectorstate.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>

namespace {

// Whether XGETBV with ECX = 1 (XINUSE, which state components are in use) is there.
bool canReadStateInUse()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE) || !(c & bit_AVX))
        return false;
    return __get_cpuid_count(0xd, 1, &a, &b, &c, &d) && (a & (1u << 2));
}

bool upperHalvesInUse()
{
    unsigned low = 0, high = 0;
    asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
    return (low >> 2) & 1; // component 2: the upper halves of ymm0-15
}

// What some of Qt's drawing leaves behind, a 256-bit register written and not cleared, read back in
// the same breath: a call in between (a sanitizer's, say) may clear it.
bool leaveUpperHalvesInUse()
{
    unsigned low = 0, high = 0;
    asm volatile("vpcmpeqd %%ymm1, %%ymm1, %%ymm1\n\txgetbv" : "=a"(low), "=d"(high) : "c"(1) : "xmm1");
    return (low >> 2) & 1;
}

} // namespace

TEST_CASE("vector state: clearing frees the upper halves a 256-bit instruction left in use", "[ui][plot]")
{
    if (!canReadStateInUse()) {
        WARN("this processor has no AVX or cannot report its state in use; nothing to clear");
        return;
    }
    const bool before = leaveUpperHalvesInUse();
    clearUpperVectorState();
    const bool after = upperHalvesInUse();
    REQUIRE(before);
    CHECK_FALSE(after);
}
#endif
