// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "plottheme.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>
#include <vector>

#include <QGuiApplication>
#include <QPalette>

#include "reluexplorer/activation.h"
#include "contraststyle.h"

namespace {

// Okabe & Ito (2008) for the first six, ordered by catalogue index so that the default pair (ReLU,
// PReLU) and neighbours differ most; then black and Paul Tol's muted set for the wider family.
// Yellow (#F0E442) and sand are left out: unreadable on white. The pale ones (orange, sky blue,
// reddish purple, olive, teal) are darkened to keep 3.4:1 on white (WCAG's 3:1 for lines).
QList<QColor> lightPalette()
{
    return {QColor(0x00, 0x72, 0xB2),  // blue: relu
            QColor(0xB8, 0x77, 0x00),  // orange, darkened: relu6
            QColor(0x00, 0x9E, 0x73),  // bluish green: leaky_relu
            QColor(0xBF, 0x6C, 0x9C),  // reddish purple, darkened: elu
            QColor(0x2F, 0x88, 0xC0),  // sky blue, darkened: selu
            QColor(0xD5, 0x5E, 0x00),  // vermillion: prelu
            QColor(0x00, 0x00, 0x00),  // black: celu
            QColor(0x88, 0x22, 0x55),  // wine: rrelu
            QColor(0x11, 0x77, 0x33),  // green: hardtanh
            QColor(0x33, 0x22, 0x88),  // indigo: hardswish
            QColor(0xAA, 0x44, 0x99),  // purple: hardsigmoid
            QColor(0x8F, 0x8F, 0x2E),  // olive: gelu
            QColor(0xCC, 0x66, 0x77),  // rose: silu
            QColor(0x2E, 0x94, 0x84),  // teal: mish
            QColor(0x66, 0x11, 0x00)}; // brown: softplus
}

// The same hues on the dark ground, every one >= 4.3:1 on #1B1E24: Okabe-Ito's own orange, bluish
// green, reddish purple and vermillion, ReLU's blue lightened (Okabe-Ito's #0072B2 has 3.2:1 and
// fades into the slate) with SELU moved to a light cyan to stay apart from it, and light relatives
// of the wider family's dark colours, so each function keeps its identity.
QList<QColor> darkPalette()
{
    QList<QColor> colours;
    colours << QColor(0x5A, 0xA0, 0xF0)  // blue, lightened: relu
            << QColor(0xE6, 0x9F, 0x00)  // orange: relu6
            << QColor(0x00, 0x9E, 0x73)  // bluish green: leaky_relu
            << QColor(0xCC, 0x79, 0xA7)  // reddish purple: elu
            << QColor(0x7F, 0xE0, 0xF0)  // light cyan: selu
            << QColor(0xD5, 0x5E, 0x00)  // vermillion: prelu
            << QColor(0xE8, 0xE8, 0xE8)  // near white: celu
            << QColor(0xEE, 0x99, 0xAA)  // pink: rrelu
            << QColor(0x66, 0xCC, 0x77)  // light green: hardtanh
            << QColor(0x99, 0x88, 0xDD)  // lavender: hardswish
            << QColor(0xDD, 0x77, 0xCC)  // orchid: hardsigmoid
            << QColor(0xBB, 0xCC, 0x33)  // pear: gelu
            << QColor(0xFF, 0x88, 0x77)  // salmon: silu
            << QColor(0x44, 0xBB, 0x99)  // mint: mish
            << QColor(0xDD, 0xCC, 0x77); // sand: softplus
    return colours;
}

// CIELAB (D65) of an sRGB colour: distances in it roughly follow what the eye tells apart.
std::array<double, 3> lab(const QColor &c)
{
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double labDistance(const std::array<double, 3> &p, const std::array<double, 3> &q)
{
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// Beyond the hand-picked colours: each next one is the candidate (a saturated hue with at least 3:1
// contrast on the background) farthest in CIELAB from every colour already used and the background.
QList<QColor> extended(QList<QColor> colours, const QColor &background, int count)
{
    const bool dark = background.lightnessF() < 0.5;
    const QList<float> lightness =
        dark ? QList<float>{0.55f, 0.65f, 0.75f, 0.85f} : QList<float>{0.25f, 0.35f, 0.45f};
    QList<QColor> candidates;
    std::vector<std::array<double, 3>> candidateLab; // each colour converted once
    for (const float l : std::as_const(lightness))
        for (int hue = 0; hue < 360; hue += 6)
            if (const QColor c = QColor::fromHslF(hue / 360.0f, 0.75f, l);
                contrastRatio(c, background) >= 3) {
                candidates << c;
                candidateLab.push_back(lab(c));
            }
    // Farthest-point selection: nearest[i] is candidate i's distance to the closest colour used so far.
    std::vector<std::array<double, 3>> usedLab{lab(background)};
    for (const QColor &used : std::as_const(colours))
        usedLab.push_back(lab(used));
    std::vector<double> nearest;
    for (const auto &c : candidateLab) {
        double d = std::numeric_limits<double>::infinity();
        for (const auto &used : usedLab)
            d = std::min(d, labDistance(c, used));
        nearest.push_back(d);
    }
    while (colours.size() < count && !candidates.isEmpty()) {
        const auto farthest = std::max_element(nearest.cbegin(), nearest.cend()) - nearest.cbegin();
        colours << candidates[farthest];
        const std::array<double, 3> chosen = candidateLab[static_cast<std::size_t>(farthest)];
        for (std::size_t i = 0; i < candidateLab.size(); ++i)
            nearest[i] = std::min(nearest[i], labDistance(candidateLab[i], chosen));
    }
    return colours;
}

int catalogueSize()
{
    return static_cast<int>(rx::catalogue().size());
}

// Viridis (matplotlib), sampled at nine points: perceptually ordered and colour-blind safe.
constexpr QRgb viridis[] = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C,
                            0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};

QColor viridisAt(double t)
{
    constexpr int last = static_cast<int>(std::size(viridis)) - 1;
    const double at = std::clamp(t, 0.0, 1.0) * last;
    const int i = std::min(static_cast<int>(at), last - 1);
    const double f = at - i;
    const QColor a(viridis[i]);
    const QColor b(viridis[i + 1]);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace

// Built once (the extended palette costs about a millisecond and the readout asks at every step), and
// never destroyed, so no QFont outlives the application.
PlotTheme PlotTheme::light()
{
    static const PlotTheme &built = *new PlotTheme([] {
        PlotTheme theme;
        theme.background = Qt::white;
        theme.foreground = QColor(0x20, 0x20, 0x20);
        theme.grid = QColor(0xE3, 0xE3, 0xE3);
        theme.zeroLine = QColor(0x85, 0x85, 0x85); // 3.7:1: the axes through the origin are lines to read
        theme.crosshair = QColor(0x55, 0x55, 0x55);
        theme.palette = extended(lightPalette(), theme.background, catalogueSize());
        theme.rampStart = 0;
        theme.rampEnd = 0.55; // viridis past its teal (3.4:1) is too pale on white
        theme.font = QFont(QStringLiteral("DejaVu Sans"), 10);
        return theme;
    }());
    return built;
}

PlotTheme PlotTheme::dark()
{
    static const PlotTheme &built = *new PlotTheme([] {
        PlotTheme theme = light();
        theme.background = QColor(0x1B, 0x1E, 0x24); // a blue-grey slate, not black: less glare
        theme.foreground = QColor(0xE6, 0xE8, 0xEC);
        theme.grid = QColor(0x34, 0x38, 0x42);
        theme.zeroLine = QColor(0x7A, 0x80, 0x8C);
        theme.crosshair = QColor(0xB8, 0xBE, 0xC8);
        theme.palette = extended(darkPalette(), theme.background, catalogueSize());
        theme.rampStart = 0.4; // viridis' deep purple end disappears on the dark ground (3.3:1 from here)
        theme.rampEnd = 1;
        return theme;
    }());
    return built;
}

QColor PlotTheme::faint(const QColor &colour) const
{
    // The lowest opacity (in steps of 1/64) at which colour over the background still has 3.2:1.
    const QColor opaque(colour.red(), colour.green(), colour.blue());
    for (int step = 16; step < 64; ++step) {
        const double a = step / 64.0;
        const QColor over = QColor::fromRgbF(
            static_cast<float>(background.redF() + (opaque.redF() - background.redF()) * a),
            static_cast<float>(background.greenF() + (opaque.greenF() - background.greenF()) * a),
            static_cast<float>(background.blueF() + (opaque.blueF() - background.blueF()) * a));
        if (contrastRatio(over, background) >= 3.2) {
            QColor c = opaque;
            c.setAlphaF(static_cast<float>(a));
            return c;
        }
    }
    return opaque;
}

QColor PlotTheme::rampColour(int index, int count) const
{
    const double t = count <= 1 ? 0.5 : static_cast<double>(index) / (count - 1);
    return viridisAt(rampStart + (rampEnd - rampStart) * t);
}

bool PlotTheme::isDark() const
{
    return background.lightnessF() < 0.5;
}

QColor PlotTheme::colourFor(int catalogueIndex) const
{
    if (catalogueIndex < 0)
        return foreground;
    if (catalogueIndex < palette.size())
        return palette[catalogueIndex];
    const QList<QColor> more = extended(palette, background, catalogueIndex + 1);
    return catalogueIndex < more.size() ? more[catalogueIndex] : foreground;
}

PlotTheme PlotTheme::scaled(double factor) const
{
    PlotTheme theme = *this;
    theme.scale *= factor;
    return theme;
}

PlotTheme PlotTheme::withTypography(double fontPoints, double linePoints) const
{
    PlotTheme theme = *this;
    if (fontPoints > 0) {
        theme.font.setPointSizeF(fontPoints);
        theme.labelRatio = 1.1;
        theme.titleRatio = 1.2;
        theme.captionRatio = 1;
    }
    if (linePoints > 0) {
        const double pixels = linePoints * 96 / 72;
        theme.curveWidth = pixels;
        theme.axisWidth = pixels * 0.6;
        theme.markerSize = pixels * 4.5;
    }
    return theme;
}

QFont PlotTheme::fontOfSize(double points, bool bold) const
{
    QFont f = font;
    f.setPointSizeF(points * scale);
    f.setBold(bold);
    return f;
}

QColor functionColour(int catalogueIndex)
{
    // One copy of each theme, kept for the readout's rows at every tracer move, and built only when a
    // window of its kind first asks (each extends its palette, converting ~200 colours).
    if (QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5) {
        static const PlotTheme dark = PlotTheme::dark();
        return dark.colourFor(catalogueIndex);
    }
    static const PlotTheme light = PlotTheme::light();
    return light.colourFor(catalogueIndex);
}
