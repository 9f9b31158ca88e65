// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>

#include <QObject>

#include "reluexplorer/figure.h"
#include "reluexplorer/state.h"
#include "plottheme.h"

class PlotView;
class QAction;
class QWidget;

/// File > Export... and Edit > Copy plot for a window: both render the window's state through the
/// same plot code as the screen (ui/figureexport.h).
class FigureActions : public QObject
{
    Q_OBJECT
public:
    using StateSource = std::function<rx::ExplorerState()>;

    /// plot gives the look, size and title of what is on screen.
    FigureActions(QWidget *window, StateSource state, const PlotView *plot);

    QAction *exportAction() const { return m_export; }
    QAction *copyPlotAction() const { return m_copyPlot; }

    /// Renders and writes one figure; "" or the reason it failed (nothing written then).
    QString exportTo(const QString &path, const rx::FigureOptions &options) const;
    /// Puts the plot, at its on-screen size and the screen's pixel ratio, on the clipboard.
    void copyPlot() const;

signals:
    /// A figure was written, for the status bar.
    void exported(const QString &path);

private:
    void onExport();

    QWidget *m_window;
    StateSource m_state;
    const PlotView *m_plot;
    QAction *m_export = nullptr;
    QAction *m_copyPlot = nullptr;
};
