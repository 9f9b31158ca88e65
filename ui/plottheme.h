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
    /// One colour per catalogue index: the hand-picked colour-blind-considerate ones, then as many
    /// generated ones as the catalogue needs, each as far from the others and the background as
    /// possible at a lightness that reads on it.
    QList<QColor> palette;
    double rampStart = 0; ///< Part of the viridis ramp a family uses, readable on the background.
    double rampEnd = 1;
    QFont font; ///< Tick labels and legend; titles are derived from it.
    double curveWidth = 2.2;
    double scale = 1; ///< Multiplies pen widths, marker sizes and font sizes.

    static PlotTheme light();
    static PlotTheme dark();

    /// Colour of the function at catalogue index; past the palette, more colours generated as it is.
    QColor colourFor(int catalogueIndex) const;
    /// Colour of curve index of a family of count curves: a perceptually ordered (viridis) ramp.
    QColor rampColour(int index, int count) const;
    bool isDark() const;
    /// Same theme with every size multiplied by factor.
    PlotTheme scaled(double factor) const;

    double pen(double width) const { return width * scale; }
    QFont fontOfSize(double points, bool bold = false) const;
};

/// Colour of a catalogue function for the application's widgets: the dark theme's when the window's
/// palette is dark, else the light theme's (swatches, trace readout).
QColor functionColour(int catalogueIndex);
