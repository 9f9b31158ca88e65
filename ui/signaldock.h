// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>

#include <QDockWidget>

#include "plottheme.h"
#include "reluexplorer/moments.h"
#include "reluexplorer/state.h"
#include "signalmodel.h"

class QAction;
class SignalPanel;

/// The Signal view as a dock beside the plot: its panel, the core's results for the state, and the
/// View menu's action that shows it. Whether it is shown is part of the state (SignalView::visible):
/// the action and the dock's close button report it as a change; setState shows or hides the dock.
/// Its panel is built when first needed: most sessions never open it, and a start-up need not pay for it.
class SignalDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SignalDock(QWidget *parent = nullptr);

    QAction *showAction() const { return m_action; }
    /// The widget that keeps at least 40% of the window's width when the dock is first shown (the plot).
    void setPlotWidget(QWidget *plot) { m_plot = plot; }
    SignalPanel *panel();

    /// Shows state: the dock's visibility and, while it is visible, the results (recomputed only
    /// where state changed them).
    void setState(const rx::ExplorerState &state);
    void setTheme(const PlotTheme &theme);
    /// Entering the presentation, with its larger font: fitted again. Leaving it: back to the width
    /// it had before.
    void setPresenting(bool presenting);

signals:
    /// The user changed the Signal view's settings or showed or hid it.
    void signalChanged(const rx::SignalView &signal);
    void deriveSeluRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onVisibilityToggled(bool visible);
    void buildPanel();
    /// When first shown, or when the plot is found narrower than 40% of the window: as wide as the
    /// panel wants up to 24 lines of its font (360 pixels at 9 points), leaving the plot at least 40%
    /// of the window where the panel's minimum allows; the user may drag it wider.
    void fitWidth();

    SignalPanel *m_panel = nullptr;
    QAction *m_action = nullptr;
    SignalModel m_model;
    std::optional<PlotTheme> m_theme; ///< The last one given, for a panel built later.
    rx::ExplorerState m_state;
    QWidget *m_plot = nullptr;
    bool m_fitted = false;
    int m_widthBeforePresenting = 0;
};
