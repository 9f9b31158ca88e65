// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// MainWindow: the panes and their splitters, View > Trace readout and Side panel, where the first
// window opens, and what of this the window remembers.
#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include "animationpanel.h"
#include "appsettings.h"
#include "familypanel.h"
#include "functionlist.h"
#include "infopanel.h"
#include "parameterpanel.h"
#include "plotview.h"
#include "presentationmode.h"
#include "signaldock.h"
#include "traceoverlay.h"
#include "tracepanel.h"

namespace {

// Keeps a scroll area as wide as its content's narrowest layout plus its scroll bar, however the
// content changes: it scrolls down, never clips sideways.
class SideWidthFit : public QObject
{
public:
    explicit SideWidthFit(QScrollArea *scroll) : QObject(scroll), m_scroll(scroll) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Polish) {
            const int width = m_scroll->widget()->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width();
            m_scroll->setMinimumWidth(std::max(300, width));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QScrollArea *m_scroll;
};

} // namespace

void MainWindow::buildLayout()
{
    m_plot = new PlotView(this);
    m_overlay = new TraceOverlay(m_plot);
    m_trace = new TracePanel(this);
    m_functions = new FunctionList(this);
    m_parameters = new ParameterPanel(this);
    m_info = new InfoPanel(this);
    m_family = new FamilyPanel(this);
    m_animation = new AnimationPanel(this);
    m_strip = new ParameterPanel(this);
    m_strip->setObjectName(QStringLiteral("presentationParameters"));
    m_signal = new SignalDock(this);
    m_signal->setPlotWidget(m_plot);
    addDockWidget(Qt::RightDockWidgetArea, m_signal);
    connect(m_signal, &SignalDock::signalChanged, this, &MainWindow::onSignalChanged);
    connect(m_signal, &SignalDock::deriveSeluRequested, this, &MainWindow::deriveSeluConstants);

    auto *plotPane = new QWidget(this);
    plotPane->setObjectName(QStringLiteral("plotPane"));
    auto *plotColumn = new QVBoxLayout(plotPane);
    plotColumn->setContentsMargins(0, 0, 0, 0);
    plotColumn->addWidget(m_plot, 1);
    plotColumn->addWidget(m_strip);
    m_plotSplitter = new QSplitter(Qt::Vertical, this);
    m_plotSplitter->setObjectName(QStringLiteral("plotSplitter"));
    m_plotSplitter->addWidget(plotPane);
    m_plotSplitter->addWidget(m_trace);
    m_plotSplitter->setStretchFactor(0, 1);
    m_plotSplitter->setStretchFactor(1, 0);
    m_plotSplitter->setChildrenCollapsible(false);
    // The readout follows its rows (up to a few) until the user drags the handle.
    connect(m_plotSplitter, &QSplitter::splitterMoved, this, [this] { m_readoutSized = true; });

    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("sidePanel"));
    auto *sideColumn = new QVBoxLayout(side);
    auto group = [side, sideColumn](const QString &title, QWidget *content, int stretch) {
        auto *box = new QGroupBox(title, side);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(6, 6, 6, 6);
        column->addWidget(content);
        sideColumn->addWidget(box, stretch);
        return box;
    };
    const int rows = static_cast<int>(rx::catalogue().size()) + m_functions->topLevelItemCount();
    m_functions->setFixedHeight(m_functions->sizeHintForRow(0) * rows + 2 * m_functions->frameWidth() + 2);
    group(tr("Functions"), m_functions, 0);
    group(tr("Parameters"), m_parameters, 0);
    group(tr("Family of curves"), m_family, 0);
    group(tr("About the selected function"), m_info, 0);
    sideColumn->addStretch(1);
    m_sideScroll = new QScrollArea(this);
    m_sideScroll->setObjectName(QStringLiteral("sideScroll"));
    m_sideScroll->setWidget(side);
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->installEventFilter(new SideWidthFit(m_sideScroll));
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    m_sideScroll->setFocusPolicy(
        Qt::NoFocus); // a Tab stop with nothing to say; Tab scrolls to what it reaches

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("splitter"));
    m_mainSplitter->addWidget(m_plotSplitter);
    m_mainSplitter->addWidget(m_sideScroll);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 0);
    m_mainSplitter->setSizes({900, 380});
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    // The status bar shows a message; this says it. A child of the window itself, not of the status
    // bar, so that it is still shown, hence spoken, in presentation mode, which hides the status bar.
    m_announcement = new QLabel(this);
    m_announcement->setObjectName(QStringLiteral("announcement"));
    m_announcement->setGeometry(0, 0, 0, 0);
    statusBar()->showMessage(tr("Drag to pan, wheel to zoom, Shift+drag to zoom to a box; "
                                "Left/Right move the tracer when the plot has focus. F1 lists every key."));
}

void MainWindow::buildPaneActions(QMenu *view)
{
    // shownSizes: the splitter's sizes while the pane is shown, to return to when it comes back.
    auto pane = [&](const QString &name, const QString &text, const QKeySequence &key, const QString &tip,
                    QWidget *widget, QSplitter *splitter, QList<int> *shownSizes) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(key);
        action->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        connect(action, &QAction::toggled, this, [this, widget, splitter, shownSizes](bool on) {
            if (!m_presentation->isActive()) // presenting hides it anyway; leaving applies the choice
                showPane(widget, splitter, shownSizes, on);
            QSettings settings;
            AppSettings::writePanes(settings, m_showReadout->isChecked(), m_showSidePanel->isChecked());
        });
        view->addAction(action);
        return action;
    };
    m_showReadout = pane(
        QStringLiteral("action.showReadout"), tr("Trace read&out"), QKeySequence(tr("Ctrl+Shift+R")),
        tr("Show or hide the table of values under the plot"), m_trace, m_plotSplitter, &m_plotSplitterShown);
    m_showSidePanel =
        pane(QStringLiteral("action.showSidePanel"), tr("S&ide panel"), QKeySequence(tr("Ctrl+Shift+B")),
             tr("Show or hide the functions, parameters and information beside the plot"), m_sideScroll,
             m_mainSplitter, &m_mainSplitterShown);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool active) {
        if (active)
            return;
        showPane(m_trace, m_plotSplitter, &m_plotSplitterShown, m_showReadout->isChecked());
        showPane(m_sideScroll, m_mainSplitter, &m_mainSplitterShown, m_showSidePanel->isChecked());
    });
}

void MainWindow::showPane(QWidget *pane, QSplitter *splitter, QList<int> *shownSizes, bool show)
{
    if (show == !pane->isHidden())
        return;
    if (!show)
        *shownSizes = splitter->sizes();
    pane->setVisible(show);
    if (show && !shownSizes->isEmpty())
        splitter->setSizes(*shownSizes);
}

void MainWindow::restoreLayout(const AppSettings &stored)
{
    if (!restoreGeometry(stored.geometry)) {
        // The first window: the usual size where it fits, centred on its screen.
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1280, 800).boundedTo(available.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(stored.windowState);
    if (!stored.mainSplitter.isEmpty())
        m_mainSplitter->setSizes(stored.mainSplitter);
    if (!stored.plotSplitter.isEmpty()) {
        m_plotSplitter->setSizes(stored.plotSplitter);
        m_readoutSized = true;
    }
    m_showReadout->setChecked(stored.readoutShown);
    m_showSidePanel->setChecked(stored.sidePanelShown);
    m_plotSplitterShown = stored.plotSplitter;
    m_mainSplitterShown = stored.mainSplitter;
    m_trace->setVisible(stored.readoutShown);
    m_sideScroll->setVisible(stored.sidePanelShown);
}

void MainWindow::storeLayout(AppSettings &stored) const
{
    stored.geometry = saveGeometry();
    stored.windowState = saveState();
    // Sizes as they are with every pane shown: a hidden pane comes back at its size.
    stored.mainSplitter = m_sideScroll->isHidden() ? m_mainSplitterShown : m_mainSplitter->sizes();
    stored.plotSplitter = m_trace->isHidden() ? m_plotSplitterShown : m_plotSplitter->sizes();
    stored.readoutShown = m_showReadout->isChecked();
    stored.sidePanelShown = m_showSidePanel->isChecked();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, &MainWindow::fitReadout); // once the splitter has its height
}

void MainWindow::fitReadout()
{
    if (m_readoutSized || !m_trace->isVisible())
        return;
    const QList<int> sizes = m_plotSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int readout = std::min(m_trace->sizeHint().height(), total / 3);
    if (total <= 0 || sizes.value(1) == readout)
        return;
    m_plotSplitter->setSizes({total - readout, readout});
}
