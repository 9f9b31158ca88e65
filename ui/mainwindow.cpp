// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "mainwindow.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "reluexplorer/labels.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/sampling.h"
#include "accessiblefactory.h"
#include "animationpanel.h"
#include "appsettings.h"
#include "familypanel.h"
#include "figureactions.h"
#include "functionlist.h"
#include "helpmenu.h"
#include "infopanel.h"
#include "language.h"
#include "languagemenu.h"
#include "lectureactions.h"
#include "mnemonic.h"
#include "parameterpanel.h"
#include "plotupdate.h"
#include "plotview.h"
#include "presentationmode.h"
#include "sessioncontroller.h"
#include "signaldock.h"
#include "signalpanel.h"
#include "statehistory.h"
#include "taborder.h"
#include "traceoverlay.h"
#include "tracepanel.h"

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_traceX(std::nan(""))
{
    installAccessibleFactory();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ReLU Explorer"));
    buildLayout();
    buildLectureRoom();
    buildActions();

    connect(m_parameters, &ParameterPanel::parameterChanged, this, &MainWindow::onParameterChanged);
    connect(m_parameters, &ParameterPanel::functionReset, this, &MainWindow::onFunctionReset);
    connect(m_parameters, &ParameterPanel::inputRefused, this, &MainWindow::showMessage);
    connect(m_parameters, &ParameterPanel::sliderRangeChanged, this, &MainWindow::onSliderRangeChanged);
    connect(m_strip, &ParameterPanel::sliderRangeChanged, this, &MainWindow::onSliderRangeChanged);
    connect(m_strip, &ParameterPanel::parameterChanged, this, &MainWindow::onParameterChanged);
    connect(m_strip, &ParameterPanel::functionReset, this, &MainWindow::onFunctionReset);
    connect(m_strip, &ParameterPanel::inputRefused, this, &MainWindow::showMessage);
    connect(m_functions, &FunctionList::functionShownChanged, this, &MainWindow::onFunctionShown);
    // Selecting a function is not an undo step: it changes what the info panel describes, not the
    // plot or any value (an undo still brings back the selection its step was recorded with). It
    // goes through commit like every change, and curvesToRecompute leaves the curves alone.
    connect(m_functions, &FunctionList::selectedFunctionChanged, this, [this](const QString &id) {
        rx::ExplorerState next = m_state;
        next.selected = id.toStdString();
        commit(next);
    });
    connect(m_plot, &PlotView::viewChanged, this, &MainWindow::onViewChanged);
    connect(m_plot, &PlotView::viewRefused, this, &MainWindow::showMessage);
    connect(m_plot, &PlotView::traceMoved, this, &MainWindow::onTraceMoved);
    connect(m_trace, &TracePanel::readoutChanged, m_plot, &PlotView::setAccessibleReadout);
    connect(m_plot, &PlotView::labelPinRequested, this, &MainWindow::onLabelPinRequested);
    connect(m_plot, &PlotView::labelRemoveRequested, this, [this](std::size_t index) {
        rx::ExplorerState next = m_state;
        if (rx::removeLabel(next, index))
            change(next, tr("Remove a label"));
    });
    connect(m_plot, &PlotView::sampleWidthChanged, this, [this] {
        if (m_state.sampleCount == 0)
            showOnPlot(*m_plot, m_state, shownIds(m_state));
    });
    connect(m_info, &InfoPanel::codeCopied, this, [this](const QString &code) {
        showMessage(tr("Copied: %1").arg(code.section(QLatin1Char('\n'), 0, 0)));
    });

    QSettings settings;
    const AppSettings stored = AppSettings::read(settings);
    restoreLayout(stored);
    m_language = stored.language;
    m_languageMenu->setChoice(m_language);
    m_session->setRecentFiles(stored.recentFiles);
    m_plot->setLegendPlacement(stored.legend);
    if (auto *action = findChild<QAction *>(QStringLiteral("action.legend.") +
                                            QString::fromUtf8(rx::legendPlacementName(stored.legend).data())))
        action->setChecked(true);
    setThemeChoice(stored.theme);
    m_trace->setFullPrecision(stored.fullPrecisionReadout);
    commit(stored.state.value_or(rx::defaultState()));
}

void MainWindow::buildLectureRoom()
{
    m_history = new StateHistory([this](const rx::ExplorerState &state) { setState(state); }, this);
    m_session = new SessionController(
        this, [this] { return m_state; }, this);
    connect(m_session, &SessionController::stateLoaded, this, [this](const rx::ExplorerState &state) {
        m_history->stack()->clear(); // a new document
        setState(state);
    });
    connect(m_session, &SessionController::tokenPasted, this,
            [this](const rx::ExplorerState &state) { change(state, tr("Paste state")); });
    connect(m_session, &SessionController::documentChanged, this, [this] {
        setWindowTitle(m_session->windowTitle());
        setWindowModified(m_session->isModified());
    });
    connect(m_session, &SessionController::message, this, &MainWindow::showMessage);
    connect(m_family, &FamilyPanel::familyChanged, this, &MainWindow::onFamilyChanged);
    connect(m_animation, &AnimationPanel::frame, this, &MainWindow::onAnimationFrame);

    auto *animationBar = new QToolBar(tr("Animation"), this);
    animationBar->setObjectName(QStringLiteral("animationToolBar"));
    animationBar->setMovable(false);
    animationBar->addWidget(m_animation);
    addToolBar(Qt::BottomToolBarArea, animationBar);
    m_presentation = new PresentationMode(this, {m_sideScroll, m_trace, animationBar, statusBar(), menuBar()},
                                          m_strip, this);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool active) {
        applyPlotTheme();
        updateStrip();
        m_signal->setPresenting(active);
        if (active)
            m_plot->findChild<QWidget *>(QStringLiteral("plot"))->setFocus(); // Left/Right trace at once
    });
    m_lecture = new LectureActions(this, m_session, m_history, m_presentation, m_animation);
    connect(m_lecture, &LectureActions::themeChosen, this, &MainWindow::setThemeChoice);
    connect(m_lecture, &LectureActions::resetEverythingRequested, this, &MainWindow::resetEverything);
    m_session->acceptDrops(this);
}

void MainWindow::buildActions()
{
    m_figures = new FigureActions(
        this, [this] { return m_state; }, m_plot);
    connect(m_figures, &FigureActions::exported, this,
            [this](const QString &path) { showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path))); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_figures->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("action.quit"));
    m_lecture->addFileActions(file);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_figures->copyPlotAction());
    QAction *copy = edit->addAction(tr("Copy PyTorch &code"), QKeySequence(tr("Ctrl+Alt+C")), m_info,
                                    &InfoPanel::copyCode);
    copy->setObjectName(QStringLiteral("action.copyCode"));
    edit->addAction(m_trace->copyAction());
    m_lecture->addEditActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = addToolBar(tr("View"));
    toolbar->setObjectName(QStringLiteral("viewToolBar"));
    m_presentation->hideWhilePresenting(toolbar);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto toggle = [&](const QString &name, const QString &text, const QKeySequence &key, const QString &tip,
                      bool rx::ExplorerState::*member) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setShortcut(key);
        action->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::toggled, this, [this, member, action](bool on) {
            rx::ExplorerState next = m_state;
            next.*member = on;
            change(next, (on ? tr("Show %1") : tr("Hide %1")).arg(withoutMnemonic(action->text())));
        });
        view->addAction(action);
        toolbar->addAction(action);
        return action;
    };
    m_derivatives =
        toggle(QStringLiteral("action.derivatives"), tr("&Derivatives"), QKeySequence(tr("Ctrl+D")),
               tr("Show dy/dx as dashed curves, with PyTorch's value at each kink"),
               &rx::ExplorerState::showDerivatives);
    m_ghost = toggle(QStringLiteral("action.ghost"), tr("PyTorch de&fault"), QKeySequence(tr("Ctrl+G")),
                     tr("Show a faint PyTorch-default curve under a function whose parameters you changed"),
                     &rx::ExplorerState::showDefaultGhost);
    m_shading = toggle(QStringLiteral("action.shading"), tr("&Zero gradient"), QKeySequence(tr("Ctrl+H")),
                       tr("Shade where dy/dx = 0: inputs there teach nothing (the dying ReLU)"),
                       &rx::ExplorerState::shadeZeroGradient);
    view->addSeparator();
    toolbar->addSeparator();

    auto preset = [&](const QString &name, const QString &text, const QKeySequence &key, const QString &tip,
                      rx::ViewPreset which) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, which] { applyPreset(which); });
        view->addAction(action);
        toolbar->addAction(action);
        return action;
    };
    preset(QStringLiteral("action.resetView"), tr("&Reset view"), QKeySequence(tr("Ctrl+0")),
           tr("Back to x in [-5, 5]"), rx::ViewPreset::Default);
    preset(QStringLiteral("action.presetTutorial"), tr("&Tutorial"), QKeySequence(tr("Ctrl+2")),
           tr("x in [-100, 100] with 1000 samples, as the matplotlib scripts plot it"),
           rx::ViewPreset::Tutorial);
    preset(QStringLiteral("action.presetNegative"), tr("&Negative side"), QKeySequence(tr("Ctrl+3")),
           tr("Far out on the negative side, where LeakyReLU's 0.01 slope becomes visible"),
           rx::ViewPreset::NegativeSide);
    view->addSeparator();
    view->addAction(m_trace->precisionAction());
    buildPlotMenus(view);
    view->addAction(m_signal->showAction());
    toolbar->addAction(m_signal->showAction());
    buildPaneActions(view);
    m_lecture->addViewActions(view);
    m_languageMenu = new LanguageMenu(view);
    view->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, &MainWindow::onLanguageChosen);

    menuBar()->addMenu(new HelpMenu(this));
    // Tool buttons show no accelerator: without this a translation's "(&D)" would show as "(D)".
    for (QAction *action : toolbar->actions())
        if (!action->isSeparator())
            action->setIconText(withoutMnemonic(action->text()));
    keepShortcutsOnWindow();
}

void MainWindow::keepShortcutsOnWindow()
{
    QList<QMenu *> menus;
    for (QAction *top : menuBar()->actions())
        if (top->menu())
            menus << top->menu();
    for (int i = 0; i < menus.size(); ++i) // grows as submenus are found
        for (QAction *action : menus[i]->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!action->shortcuts().isEmpty() && !actions().contains(action))
                addAction(action);
        }
}

void MainWindow::buildPlotMenus(QMenu *view)
{
    // View > Layout: all functions in one plot, or one panel each (an undo step, saved in sessions).
    QMenu *layout = view->addMenu(tr("&Layout"));
    layout->setObjectName(QStringLiteral("menu.layout"));
    auto *layouts = new QActionGroup(this);
    for (const auto &[which, text, name] :
         {std::tuple{rx::PlotLayout::Overlay, tr("&Overlay"), QStringLiteral("action.layoutOverlay")},
          std::tuple{rx::PlotLayout::Grid, tr("&Grid, one panel per function"),
                     QStringLiteral("action.layoutGrid")}}) {
        QAction *action = layout->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        layouts->addAction(action);
        connect(action, &QAction::triggered, this, [this, which = which] {
            rx::ExplorerState next = m_state;
            next.layout = which;
            change(next, which == rx::PlotLayout::Grid ? tr("Grid layout") : tr("Overlay layout"));
        });
        m_layoutActions << action;
    }
    // View > Legend: where the window's legend goes; dragging it pins it until the next choice.
    QMenu *legend = view->addMenu(tr("L&egend"));
    legend->setObjectName(QStringLiteral("menu.legend"));
    auto *legends = new QActionGroup(this);
    const QString texts[] = {tr("&Best place"), tr("&Outside the plot"), tr("&None"),
                             tr("Upper &left"), tr("Upper &right"),      tr("Lower le&ft"),
                             tr("Lower ri&ght")};
    for (std::size_t i = 0; i < rx::legendPlacements().size(); ++i) {
        const rx::LegendPlacement placement = rx::legendPlacements()[i];
        QAction *action = legend->addAction(texts[i]);
        action->setObjectName(QStringLiteral("action.legend.") +
                              QString::fromUtf8(rx::legendPlacementName(placement).data()));
        action->setCheckable(true);
        action->setChecked(placement == m_plot->legendPlacement());
        legends->addAction(action);
        connect(action, &QAction::triggered, m_plot,
                [this, placement] { m_plot->setLegendPlacement(placement); });
    }
}

void MainWindow::setState(const rx::ExplorerState &state)
{
    commit(state);
}

void MainWindow::applyPreset(rx::ViewPreset preset)
{
    change(rx::withPreset(m_state, preset), tr("View preset"));
}

void MainWindow::change(const rx::ExplorerState &next, const QString &text, const QString &mergeKey)
{
    m_history->record(m_state, next, text, mergeKey);
}

void MainWindow::commit(const rx::ExplorerState &next)
{
    if (next == m_state)
        return;
    const rx::ExplorerState previous = m_state;
    m_state = next;
    if (!rx::isValidView(m_state.view))
        m_state.view = previous.view;

    {
        const QSignalBlocker blockDerivatives(m_derivatives);
        const QSignalBlocker blockGhost(m_ghost);
        const QSignalBlocker blockShading(m_shading);
        m_derivatives->setChecked(m_state.showDerivatives);
        m_ghost->setChecked(m_state.showDefaultGhost);
        m_shading->setChecked(m_state.shadeZeroGradient);
        for (QAction *action : m_layoutActions)
            action->setChecked(action ==
                               m_layoutActions.value(m_state.layout == rx::PlotLayout::Grid ? 1 : 0));
    }
    m_functions->setState(m_state);
    m_parameters->setState(m_state);
    m_info->setState(m_state);
    showOnPlot(*m_plot, m_state, rx::curvesToRecompute(previous, m_state));
    noteShading();
    m_family->setState(m_state);
    m_animation->setState(m_state);
    m_signal->setState(m_state);
    updateStrip();
    updateTrace();
    m_session->stateChanged();
    emit stateChanged(m_state);
}

void MainWindow::noteShading()
{
    bool nothing = m_state.shadeZeroGradient && !m_state.family.enabled;
    for (const std::string &id : shownIds(m_state))
        nothing = nothing && m_plot->shadedIntervals(id).empty();
    // Said once when it becomes true, not at every step of a drag that keeps it so.
    if (nothing && !m_nothingShaded)
        showMessage(tr("Zero gradient: no shown function has dy/dx = 0 in this view, so nothing is shaded."));
    m_nothingShaded = nothing;
}

void MainWindow::updateTrace()
{
    const std::vector<rx::TracePoint> points =
        std::isfinite(m_traceX) ? rx::traceAt(m_state, m_traceX) : std::vector<rx::TracePoint>{};
    m_plot->setTrace(m_traceX, points);
    // Then the readout (the family's members while a family is drawn), for the plot's description.
    m_trace->setTrace(rx::readoutAt(m_state, m_traceX), m_traceX);
    m_overlay->setTrace(m_state.shown, m_presentation && m_presentation->isActive() ? m_traceX : std::nan(""),
                        points, m_state.showDerivatives);
    fitReadout();
}

void MainWindow::onParameterChanged(const QString &id, int index, double value)
{
    const rx::Activation *f = rx::findActivation(id.toStdString());
    if (!f)
        return;
    rx::ExplorerState next = m_state;
    rx::setParameter(next, *f, static_cast<std::size_t>(index), value);
    if (!f->parameters.at(static_cast<std::size_t>(index)).isChoice()) // the slider follows a typed value
        rx::setSliderRange(
            next, *f, static_cast<std::size_t>(index),
            rx::rangeHolding(rx::sliderRangeOf(next, *f, static_cast<std::size_t>(index)), value));
    if (!rx::parameterProblem(*f, rx::parametersOf(next, *f)).empty()) {
        // Each value is fine but not together (RReLU's lower above upper): keep the previous value, so
        // the window never holds a state that a saved session could not reopen.
        m_parameters->setState(m_state);
        showMessage(tr("%1 cannot take %2 = %3 with its other parameters; the previous value is kept.")
                        .arg(QString::fromStdString(f->displayName),
                             QString::fromStdString(f->parameters.at(static_cast<std::size_t>(index)).name),
                             QString::number(value)));
        return;
    }
    next.selected = f->id;
    change(
        next,
        tr("Change %1").arg(QString::fromStdString(f->parameters.at(static_cast<std::size_t>(index)).name)),
        QStringLiteral("param:%1:%2").arg(id).arg(index));
}

void MainWindow::onSliderRangeChanged(const QString &id, int index, rx::SliderRange range)
{
    const rx::Activation *f = rx::findActivation(id.toStdString());
    if (!f || !rx::sliderRangeProblem(*f, static_cast<std::size_t>(index), range).empty())
        return;
    rx::ExplorerState next = m_state;
    rx::setSliderRange(next, *f, static_cast<std::size_t>(index), range);
    change(next, tr("Change the range of %1")
                     .arg(QString::fromStdString(f->displayName + " " +
                                                 f->parameters.at(static_cast<std::size_t>(index)).name)));
}

void MainWindow::onFunctionReset(const QString &id)
{
    const rx::Activation *f = rx::findActivation(id.toStdString());
    if (!f)
        return;
    rx::ExplorerState next = m_state;
    next.parameters[f->id] = f->defaultParameters();
    change(next, tr("Reset %1").arg(QString::fromStdString(f->displayName)));
}

void MainWindow::onFunctionShown(const QString &id, bool shown)
{
    rx::ExplorerState next = m_state;
    rx::setShown(next, id.toStdString(), shown);
    if (shown)
        next.selected = id.toStdString();
    else if (next.family.function == id.toStdString())
        next.family.enabled = false; // a family is of a shown function
    const rx::Activation *f = rx::findActivation(id.toStdString());
    const QString name = f ? QString::fromStdString(f->displayName) : id;
    change(next, shown ? tr("Show %1").arg(name) : tr("Hide %1").arg(name));
}

void MainWindow::onLabelPinRequested(const rx::PinnedLabel &label)
{
    rx::ExplorerState next = m_state;
    if (!rx::pinLabel(next, label)) {
        showMessage(next.labels.size() >= rx::maxPinnedLabels
                        ? tr("At most %1 labels can be pinned: remove one first.").arg(rx::maxPinnedLabels)
                        : tr("That label is already pinned."));
        return;
    }
    change(next, tr("Pin a label"));
    for (const rx::LabelPoint &point : rx::visibleLabels(m_state))
        if (point.index + 1 == m_state.labels.size())
            showMessage(tr("Pinned %1 at %2; click it or press Delete to remove it.")
                            .arg(QString::fromStdString(rx::findActivation(point.function)->displayName),
                                 QString::fromStdString(point.text)));
}

void MainWindow::onViewChanged(const rx::ViewRange &view)
{
    rx::ExplorerState next = m_state;
    if (view.xMin != next.view.xMin || view.xMax != next.view.xMax)
        next.sampleCount = 0; // after a pan or zoom: one sample per pixel again
    next.view = view;
    change(next, tr("Pan or zoom"), QStringLiteral("view"));
}

void MainWindow::onTraceMoved(double x)
{
    m_traceX = x;
    updateTrace();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 6000);
    m_announcement->setText(message);
    m_announcement->hide(); // showing it again is what screen readers announce (AccessibleNotification)
    m_announcement->show();
    m_announcement->lower(); // under every pane: never in the way of a click
}

bool MainWindow::focusNextPrevChild(bool next)
{
    QList<QWidget *> regions{m_functions, m_parameters, m_strip, m_plot, m_family, m_animation, m_info};
    // The Signal dock where it stands on screen: first on the left, last on the right or below.
    if (m_signal->isVisible() && !m_signal->isFloating()) {
        if (dockWidgetArea(m_signal) == Qt::LeftDockWidgetArea)
            regions.prepend(m_signal);
        else
            regions.append(m_signal);
    }
    QWidget *target = nextInTabOrder(regions, QApplication::focusWidget(), next);
    if (!target)
        return QMainWindow::focusNextPrevChild(next);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MainWindow::onLanguageChosen(const QString &choice)
{
    m_language = choice;
    m_languageMenu->setChoice(choice);
    QSettings settings;
    AppSettings::writeLanguage(settings, choice);
    const QString next = language::resolve(choice);
    if (next == language::installed())
        return;
    // Said in the language in use and in the one chosen, which the user may read better.
    static const char text[] =
        QT_TR_NOOP("The window will be in the new language the next time ReLU Explorer starts.");
    QString message = tr(text);
    if (const QString other = language::translatedInto(next, "MainWindow", text); other != message)
        message += QStringLiteral("\n\n") + other;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onFamilyChanged(const rx::FamilyView &family)
{
    rx::ExplorerState next = m_state;
    next.family = family;
    if (family.enabled && !m_state.family.enabled && !rx::isShown(next, family.function)) {
        // Turning the family on: rather a shown function than one ticked behind the user's back.
        const rx::Activation *f = rx::findActivation(rx::familyFunctionFor(next));
        const auto numeric = f ? std::find_if(f->parameters.begin(), f->parameters.end(),
                                              [](const rx::Parameter &p) { return !p.isChoice(); })
                               : std::vector<rx::Parameter>::const_iterator{};
        if (f && f->id != family.function && numeric != f->parameters.end()) {
            const auto index = static_cast<std::size_t>(numeric - f->parameters.begin());
            const rx::SliderRange range = rx::sliderRangeOf(next, *f, index);
            next.family.function = f->id;
            next.family.parameter = numeric->name;
            next.family.from = range.min;
            next.family.to = range.max;
        }
    }
    QString note;
    if (next.family.enabled && !rx::isShown(next, next.family.function)) {
        // Nothing shown can make a family (or the user chose this function): show it, and say so.
        rx::setShown(next, next.family.function, true);
        const rx::Activation *f = rx::findActivation(next.family.function);
        note = tr("%1 is now shown: a family is drawn from a shown function.")
                   .arg(f ? QString::fromStdString(f->displayName) : QString());
    }
    if (next.family.enabled)
        next.selected = next.family.function;
    change(next, tr("Change the family"), QStringLiteral("family"));
    m_family->showNote(note);
    if (!note.isEmpty())
        showMessage(note);
}

void MainWindow::onSignalChanged(const rx::SignalView &signal)
{
    rx::ExplorerState next = m_state;
    next.signal = signal;
    if (signal.visible != m_state.signal.visible)
        change(next, signal.visible ? tr("Show the Signal view") : tr("Hide the Signal view"));
    else
        change(next, tr("Change the Signal view"), QStringLiteral("signal"));
}

void MainWindow::deriveSeluConstants()
{
    const rx::SeluConstants solved = rx::solveSeluConstants();
    m_signal->panel()->showSeluConstants(solved);
    const rx::Activation &selu = *rx::findActivation("selu");
    rx::ExplorerState next = m_state;
    rx::setParameter(next, selu, 0, solved.alpha);
    rx::setParameter(next, selu, 1, solved.scale);
    change(next, tr("Derive SELU's constants"));
}

void MainWindow::onAnimationFrame(const QString &id, int index, double value)
{
    const rx::Activation *f = rx::findActivation(id.toStdString());
    if (!f)
        return;
    rx::ExplorerState next = m_state;
    rx::setParameter(next, *f, static_cast<std::size_t>(index), value);
    if (!rx::parameterProblem(*f, rx::parametersOf(next, *f)).empty())
        return; // e.g. CELU's alpha passing through 0: skip that frame
    // Frames merge into one undo step per uninterrupted run.
    change(
        next,
        tr("Animate %1").arg(QString::fromStdString(f->parameters.at(static_cast<std::size_t>(index)).name)),
        QStringLiteral("animate:%1:%2").arg(id).arg(index));
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    m_appTheme.apply(choice);
    m_lecture->showTheme(choice);
    applyPlotTheme();
}

void MainWindow::applyPlotTheme()
{
    const PlotTheme theme = m_appTheme.plotTheme(m_themeChoice);
    m_functions->setTheme(theme);
    // The panels paint their swatches when they build their groups: build them again.
    for (ParameterPanel *panel : {m_parameters, m_strip}) {
        panel->setState(rx::ExplorerState{});
        panel->setState(m_state);
    }
    updateStrip();
    m_signal->setTheme(theme);
    m_plot->setTheme(m_presentation->isActive() ? theme.scaled(PresentationMode::plotScale) : theme);
    showOnPlot(*m_plot, m_state, shownIds(m_state)); // a new theme rebuilds the plot's curves
    updateTrace();
}

void MainWindow::updateStrip()
{
    if (!m_presentation || !m_presentation->isActive())
        return;
    m_strip->setState(PresentationMode::stripState(m_state));
}

void MainWindow::resetEverything()
{
    m_animation->setPlaying(false);
    change(rx::defaultState(), tr("Reset everything"));
    setThemeChoice(ThemeChoice::FollowSystem);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    m_animation->setPlaying(false);
    m_presentation->setActive(false);
    QSettings settings;
    AppSettings stored;
    storeLayout(stored);
    stored.state = m_state;
    stored.theme = m_themeChoice;
    stored.language = m_language;
    stored.recentFiles = m_session->recentFiles();
    stored.legend = m_plot->legendPlacement();
    stored.fullPrecisionReadout = m_trace->fullPrecision();
    stored.write(settings);
    QMainWindow::closeEvent(event);
}
