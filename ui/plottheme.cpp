// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "ui/plottheme.h"

namespace {

// Okabe & Ito (2008), colour-blind safe. Ordered by catalogue index so that the default pair (ReLU,
// PReLU) and neighbours differ most; yellow (#F0E442) is left out: unreadable on white.
QList<QColor> okabeIto()
{
    return {QColor(0x00, 0x72, 0xB2),  // blue: relu
            QColor(0xE6, 0x9F, 0x00),  // orange: relu6
            QColor(0x00, 0x9E, 0x73),  // bluish green: leaky_relu
            QColor(0xCC, 0x79, 0xA7),  // reddish purple: elu
            QColor(0x56, 0xB4, 0xE9),  // sky blue: selu
            QColor(0xD5, 0x5E, 0x00),  // vermillion: prelu
            QColor(0x00, 0x00, 0x00)}; // black
}

} // namespace

PlotTheme PlotTheme::light()
{
    PlotTheme theme;
    theme.background = Qt::white;
    theme.foreground = QColor(0x20, 0x20, 0x20);
    theme.grid = QColor(0xE3, 0xE3, 0xE3);
    theme.zeroLine = QColor(0x9A, 0x9A, 0x9A);
    theme.crosshair = QColor(0x55, 0x55, 0x55);
    theme.palette = okabeIto();
    theme.font = QFont(QStringLiteral("DejaVu Sans"), 10);
    return theme;
}

PlotTheme PlotTheme::dark()
{
    PlotTheme theme = light();
    theme.background = QColor(0x1E, 0x1E, 0x1E);
    theme.foreground = QColor(0xE8, 0xE8, 0xE8);
    theme.grid = QColor(0x3A, 0x3A, 0x3A);
    theme.zeroLine = QColor(0x80, 0x80, 0x80);
    theme.crosshair = QColor(0xC0, 0xC0, 0xC0);
    theme.palette.last() = QColor(0xF0, 0xE4, 0x42); // yellow instead of black on a dark ground
    return theme;
}

QColor PlotTheme::colourFor(int catalogueIndex) const
{
    if (palette.isEmpty() || catalogueIndex < 0)
        return foreground;
    return palette[catalogueIndex % palette.size()];
}

PlotTheme PlotTheme::scaled(double factor) const
{
    PlotTheme theme = *this;
    theme.scale *= factor;
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
    static const PlotTheme theme = PlotTheme::light();
    return theme.colourFor(catalogueIndex);
}
