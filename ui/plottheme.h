// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QColor>
#include <QFont>
#include <QList>

/// The plot's look in one place: colours, pen widths and fonts, scaled together so that figure
/// export can render the same plot at any size and DPI, light or dark.
struct PlotTheme
{
    QColor background;
    QColor foreground; ///< Axes, tick labels, title, legend text.
    QColor grid;
    QColor zeroLine; ///< The x and y axes through the origin.
    QColor crosshair;
    QList<QColor> palette; ///< Okabe-Ito, colour-blind safe; by catalogue index.
    QFont font;            ///< Tick labels and legend; titles are derived from it.
    double curveWidth = 2.2;
    double scale = 1; ///< Multiplies pen widths, marker sizes and font sizes.

    static PlotTheme light();
    static PlotTheme dark();

    /// Colour of the function at catalogue index (cycles through the palette).
    QColor colourFor(int catalogueIndex) const;
    /// Same theme with every size multiplied by factor.
    PlotTheme scaled(double factor) const;

    double pen(double width) const { return width * scale; }
    QFont fontOfSize(double points, bool bold = false) const;
};

/// Colour of a catalogue function in the application's (light) theme: the list's swatches.
QColor functionColour(int catalogueIndex);
