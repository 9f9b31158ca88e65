// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QList>
#include <QMainWindow>

#include "reluexplorer/state.h"
#include "reluexplorer/view.h"
#include "apptheme.h"

class QAction;
class QMenu;
class QScrollArea;
class QSplitter;
struct AppSettings;
class TraceOverlay;
class AnimationPanel;
class FamilyPanel;
class LectureActions;
class PresentationMode;
class SessionController;
class SignalDock;
class StateHistory;
class FigureActions;
class FunctionList;
class InfoPanel;
class QLabel;
class LanguageMenu;
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
    FigureActions *figureActions() const { return m_figures; }
    TracePanel *tracePanel() const { return m_trace; }
    SessionController *session() const { return m_session; }
    StateHistory *history() const { return m_history; }
    PresentationMode *presentation() const { return m_presentation; }
    AnimationPanel *animationPanel() const { return m_animation; }
    SignalDock *signalDock() const { return m_signal; }

    ThemeChoice themeChoice() const { return m_themeChoice; }
    /// Applies the theme to the window's widgets and the plot.
    void setThemeChoice(ThemeChoice choice);
    /// Back to the default state (one undo step) and to following the system's theme.
    void resetEverything();

signals:
    void stateChanged(const rx::ExplorerState &state);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void buildActions();
    void buildPlotMenus(QMenu *view);
    void buildLayout();
    /// View > Trace readout and Side panel: checkable, remembered.
    void buildPaneActions(QMenu *view);
    /// Every action with a shortcut also on the window itself, so that it works with the menu bar and
    /// tool bar hidden (presentation mode).
    void keepShortcutsOnWindow();
    /// Geometry (the first window centred on its screen), tool bars, splitters and hidden panes.
    void restoreLayout(const AppSettings &stored);
    /// Shows or hides a pane of splitter; shownSizes keeps the splitter's sizes for its return.
    void showPane(QWidget *pane, QSplitter *splitter, QList<int> *shownSizes, bool show);
    void storeLayout(AppSettings &stored) const;
    /// Gives the readout the height of its rows (a few at most) until the user drags its splitter.
    void fitReadout();
    /// Sessions, undo, theme, presentation, animation: the controllers and their wiring.
    void buildLectureRoom();
    /// A user's change: one undo step named text; changes with the same mergeKey in one gesture merge.
    void change(const rx::ExplorerState &next, const QString &text, const QString &mergeKey = {});
    void applyPlotTheme();
    void updateStrip();
    void onFamilyChanged(const rx::FamilyView &family);
    void onSignalChanged(const rx::SignalView &signal);
    /// Solves SELU's fixed point and sets SELU's parameters to it (one undo step).
    void deriveSeluConstants();
    void onAnimationFrame(const QString &id, int index, double value);
    /// Makes next the state: recomputes only the curves whose inputs changed, updates every view.
    void commit(const rx::ExplorerState &next);
    void updateTrace();
    /// Says in the status bar when zero-gradient shading is on and nothing in view has dy/dx = 0.
    void noteShading();
    void onParameterChanged(const QString &id, int index, double value);
    void onSliderRangeChanged(const QString &id, int index, rx::SliderRange range);
    void onFunctionReset(const QString &id);
    void onFunctionShown(const QString &id, bool shown);
    void onViewChanged(const rx::ViewRange &view);
    /// Pins label (one undo step) and says where, or why not.
    void onLabelPinRequested(const rx::PinnedLabel &label);
    void onTraceMoved(double x);
    void showMessage(const QString &message);
    /// Remembers the choice ("" for the system); a different language applies at the next start.
    void onLanguageChosen(const QString &choice);

    rx::ExplorerState m_state;
    double m_traceX;
    PlotView *m_plot = nullptr;
    TracePanel *m_trace = nullptr;
    TraceOverlay *m_overlay = nullptr;   ///< The readout on the plot, in presentation mode.
    QSplitter *m_mainSplitter = nullptr; ///< The plot and readout | the side panel.
    QSplitter *m_plotSplitter = nullptr; ///< The plot | the readout.
    QScrollArea *m_sideScroll = nullptr;
    QAction *m_showReadout = nullptr;
    QAction *m_showSidePanel = nullptr;
    QList<int> m_mainSplitterShown; ///< The splitters' sizes with their panes shown.
    QList<int> m_plotSplitterShown;
    bool m_readoutSized = false; ///< The user (or the settings) chose the readout's height.
    FunctionList *m_functions = nullptr;
    ParameterPanel *m_parameters = nullptr;
    InfoPanel *m_info = nullptr;
    QLabel *m_announcement = nullptr;
    FigureActions *m_figures = nullptr;
    QAction *m_derivatives = nullptr;
    QAction *m_ghost = nullptr;
    QAction *m_shading = nullptr;
    QList<QAction *> m_layoutActions; ///< View > Layout: overlay, grid.
    FamilyPanel *m_family = nullptr;
    AnimationPanel *m_animation = nullptr;
    SignalDock *m_signal = nullptr;
    ParameterPanel *m_strip = nullptr; ///< The selected function's parameters, in presentation mode.
    SessionController *m_session = nullptr;
    StateHistory *m_history = nullptr;
    PresentationMode *m_presentation = nullptr;
    LectureActions *m_lecture = nullptr;
    AppTheme m_appTheme;
    ThemeChoice m_themeChoice = ThemeChoice::FollowSystem;
    QString m_language; ///< The stored choice: "en", "zh_CN", or "" to follow the system.
    LanguageMenu *m_languageMenu = nullptr;
    bool m_nothingShaded = false; ///< Shading is on and nothing is shaded (already said).
};
