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
    QFont font;                ///< Tick labels and legend, in points; the others are derived from it:
    double labelRatio = 1.2;   ///< axis labels,
    double titleRatio = 1.35;  ///< the title (bold),
    double captionRatio = 0.9; ///< the caption.
    double curveWidth = 2.2;   ///< Pixels (1/96 in); the window's look.
    double axisWidth = 1;      ///< Axes, ticks, grid, legend frame.
    double markerSize = 8;     ///< Kink markers' diameter.
    double scale = 1;          ///< Multiplies pen widths, marker sizes and font sizes.

    static PlotTheme light();
    static PlotTheme dark();

    /// Colour of the function at catalogue index; past the palette, more colours generated as it is.
    QColor colourFor(int catalogueIndex) const;
    /// colour made as faint as it can be (transparent) while it keeps 3:1 over the background: the
    /// PyTorch-default ghosts, the Signal view's input density.
    QColor faint(const QColor &colour) const;
    /// Colour of curve index of a family of count curves: a perceptually ordered (viridis) ramp.
    QColor rampColour(int index, int count) const;
    bool isDark() const;
    /// Same theme with every size multiplied by factor.
    PlotTheme scaled(double factor) const;
    /// Same theme with text of fontPoints (tick labels and legend; axis labels 1.1x, title 1.2x) and
    /// curves linePoints wide (axes 0.6x, markers 4.5x), in points of 1/72 of the figure's logical
    /// inch (96 px); either <= 0 keeps the theme's.
    PlotTheme withTypography(double fontPoints, double linePoints) const;

    double pen(double width) const { return width * scale; }
    QFont fontOfSize(double points, bool bold = false) const;
};

/// Colour of a catalogue function for the application's widgets: the dark theme's when the window's
/// palette is dark, else the light theme's (swatches, trace readout).
QColor functionColour(int catalogueIndex);
