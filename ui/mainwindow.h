// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QMainWindow>

#include "reluexplorer/state.h"
#include "reluexplorer/view.h"

class QAction;
class FunctionList;
class InfoPanel;
class ParameterPanel;
class PlotView;
class TracePanel;

/// The explorer window. It owns the one rx::ExplorerState: the widgets report the user's changes,
/// the window updates the state, asks the core for the curves and hands them to the widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    const rx::ExplorerState &state() const { return m_state; }
    /// Shows state (start-up, reset, later load and undo); emits stateChanged once if it differs.
    void setState(const rx::ExplorerState &state);
    void applyPreset(rx::ViewPreset preset);

    PlotView *plotView() const { return m_plot; }
    TracePanel *tracePanel() const { return m_trace; }

signals:
    void stateChanged(const rx::ExplorerState &state);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    /// Makes next the state: recomputes only the curves whose inputs changed, updates every view.
    void commit(const rx::ExplorerState &next);
    void resample(const rx::Activation &f);
    void updateTrace();
    void onParameterChanged(const QString &id, int index, double value);
    void onFunctionReset(const QString &id);
    void onFunctionShown(const QString &id, bool shown);
    void onViewChanged(const rx::ViewRange &view);
    void onTraceMoved(double x);
    void showMessage(const QString &message);

    rx::ExplorerState m_state;
    double m_traceX;
    PlotView *m_plot = nullptr;
    TracePanel *m_trace = nullptr;
    FunctionList *m_functions = nullptr;
    ParameterPanel *m_parameters = nullptr;
    InfoPanel *m_info = nullptr;
    QAction *m_derivatives = nullptr;
    QAction *m_ghost = nullptr;
    QAction *m_shading = nullptr;
};
