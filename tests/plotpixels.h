// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Reading a picture of the plot: where the binary says the axes are (its hidden
// --report-plot-geometry line) and whether a colour is drawn near a pixel.

#include <cmath>
#include <cstdlib>
#include <optional>

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QString>
#include <QStringList>

namespace plotpixels {

/// "plot-geometry x X0 X1 y Y0 Y1 px PX0 PX1 py PY0 PY1": plot coordinates and the pixels they span.
struct PlotGeometry
{
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1, px0 = 0, px1 = 1, py0 = 0, py1 = 1;

    QPoint pixel(double x, double y) const
    {
        return {static_cast<int>(std::lround(px0 + (x - x0) / (x1 - x0) * (px1 - px0))),
                static_cast<int>(std::lround(py0 + (y - y0) / (y1 - y0) * (py1 - py0)))};
    }
};

/// The geometry in one line of output, or nullopt if the line is something else.
inline std::optional<PlotGeometry> parseGeometry(const QString &line)
{
    const QStringList f = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() != 13 || f[0] != QStringLiteral("plot-geometry"))
        return std::nullopt;
    return PlotGeometry{f[2].toDouble(), f[3].toDouble(), f[5].toDouble(),  f[6].toDouble(),
                        f[8].toDouble(), f[9].toDouble(), f[11].toDouble(), f[12].toDouble()};
}

/// Is a pixel within radius of at within tolerance (sum of channel differences) of colour?
inline bool nearColour(const QImage &image, QPoint at, QColor colour, int radius, int tolerance)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.valid(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                tolerance)
                return true;
        }
    return false;
}

} // namespace plotpixels
