// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// The number reader on any bytes: what it accepts, C's strtod/strtof accept whole with the same bits;
// formatting reads back to the same bits (signs of 0 and NaN included); linspace from finite ends
// has only finite points.
#include <bit>
#include <clocale>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <locale.h>
#include <string>
#include <string_view>

#include "reluexplorer/numbers.h"

namespace {

void fail(const char *what, std::string_view text)
{
    std::fprintf(stderr, "fuzz_number: %s: '%.*s'\n", what, static_cast<int>(text.size()), text.data());
    std::abort();
}

template <class T> bool sameBits(T a, T b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b) && std::signbit(a) == std::signbit(b);
    return std::memcmp(&a, &b, sizeof a) == 0;
}

template <class T> void check(std::string_view text)
{
    const std::optional<T> value = rx::parseNumber<T>(text);
    if (!value)
        return;
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", nullptr);
    const std::string copy(text);
    char *end = nullptr;
    T c;
    if constexpr (sizeof(T) == 4)
        c = strtof_l(copy.c_str(), &end, cLocale);
    else
        c = strtod_l(copy.c_str(), &end, cLocale);
    if (end != copy.c_str() + copy.size())
        fail("accepted what C does not read whole", text);
    if (!sameBits(*value, c))
        fail("a different value from C", text);
    const std::string printed = rx::formatNumber(*value);
    const std::optional<T> back = rx::parseNumber<T>(printed);
    if (!back || !sameBits(*back, *value))
        fail("printed text does not read back to the same bits", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    check<float>(text);
    check<double>(text);
    if (size >= 18) {
        double ends[2];
        std::memcpy(ends, data, sizeof ends);
        const std::size_t count = 1 + (data[16] | (data[17] & 0x0F) << 8); // up to 4096 points
        if (std::isfinite(ends[0]) && std::isfinite(ends[1])) {
            for (const double x : rx::linspace(ends[0], ends[1], count))
                if (!std::isfinite(x))
                    fail("linspace gave a non-finite point from finite ends", text.substr(0, 18));
            const bool problem = !rx::linspaceProblem(ends[0], ends[1], count).empty();
            if (problem != (count > 1 && !std::isfinite(ends[1] - ends[0])))
                fail("linspaceProblem is wrong about the width", text.substr(0, 18));
        }
    }
    return 0;
}
