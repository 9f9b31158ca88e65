// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <set>
#include <vector>

#include <QColor>

#include "reluexplorer/activation.h"
#include "plottheme.h"
#include "uitest.h"

namespace {

// Distance in RGB, 0 to 441: a crude but independent measure of how far apart two colours are.
double rgbDistance(const QColor &a, const QColor &b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

} // namespace

TEST_CASE("colours beyond the hand-picked ones stay distinct and readable for any number of functions",
          "[ui][palette]")
{
    const PlotTheme theme = GENERATE(PlotTheme::light(), PlotTheme::dark());
    INFO((theme.isDark() ? "dark" : "light"));
    const int functions = static_cast<int>(rx::catalogue().size());
    // The hand-picked colours keep their places: ReLU is Okabe-Ito blue, lightened on the dark ground.
    CHECK(theme.colourFor(0) == (theme.isDark() ? QColor(0x5A, 0xA0, 0xF0) : QColor(0x00, 0x72, 0xB2)));
    CHECK(theme.palette.size() >= functions);

    // Far more functions than the catalogue has: no repeats, none too close, all readable.
    const int count = functions + 25;
    std::vector<QColor> colours;
    for (int i = 0; i < count; ++i)
        colours.push_back(theme.colourFor(i));
    std::set<QRgb> seen;
    for (int i = 0; i < count; ++i) {
        INFO("index " << i);
        CHECK(seen.insert(colours[i].rgb()).second);
        CHECK(contrast(colours[i], theme.background) >= 3.0);
        for (int j = 0; j < i; ++j) {
            INFO("and index " << j);
            CHECK(rgbDistance(colours[i], colours[j]) > 15);
        }
    }
    // Within the catalogue the generated colours stay clearly apart from all the others.
    for (int i = 15; i < functions; ++i)
        for (int j = 0; j < i; ++j)
            CHECK(rgbDistance(colours[i], colours[j]) > 45);
}
