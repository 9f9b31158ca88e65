// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>

#include "reluexplorer/figure.h"
#include "reluexplorer/state.h"
#include "plottheme.h"

class PlotView;

/// A figure rendered to the bytes of its file, or why it could not be.
struct RenderedFigure
{
    QByteArray bytes;
    QString error;
    rx::ViewRange view; ///< The plotted ranges,
    QRectF plotArea;    ///< and where they are in the image, in file pixels (PNG, JPEG).
};

/// The plot the window would show for state, rendered by the window's own PlotView (offscreen) with
/// options: PNG, JPEG, PDF, SVG, or the CSV of the sampled curves. current is the theme that
/// FigureTheme::Current means. The file names the functions and parameters in its metadata.
RenderedFigure renderFigure(const rx::ExplorerState &state, const rx::FigureOptions &options,
                            const PlotTheme &current = PlotTheme::light());

/// view set up as the window's plot would be for state, at the figure's logical size, typography and
/// legend placement, laid out and ready to render (what renderFigure draws).
void prepareFigure(PlotView &view, const rx::ExplorerState &state, const rx::FigureOptions &options,
                   const PlotTheme &current = PlotTheme::light());

/// The plot as an image (clipboard, previews).
QImage renderFigureImage(const rx::ExplorerState &state, const rx::FigureOptions &options,
                         const PlotTheme &current = PlotTheme::light());

/// Writes bytes to path atomically (QSaveFile): on any failure the old file, if any, is untouched
/// and no new file is left. Returns "" or what went wrong.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

/// "" when a file can be written at path: the folder exists and is writable, path is not a folder.
QString outputPathProblem(const QString &path);
