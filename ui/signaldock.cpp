// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "signaldock.h"

#include <algorithm>
#include <utility>

#include <QAction>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QMainWindow>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

#include "plottheme.h"
#include "signalpanel.h"

SignalDock::SignalDock(QWidget *parent) : QDockWidget(tr("Signal"), parent)
{
    setObjectName(QStringLiteral("signalDock"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    hide();

    m_action = new QAction(tr("&Signal view"), this);
    m_action->setObjectName(QStringLiteral("action.signal"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_action->setToolTip(tr("What a Gaussian input becomes through each shown function, and through many "
                            "layers (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    connect(m_action, &QAction::toggled, this, &SignalDock::onVisibilityToggled);
}

SignalPanel *SignalDock::panel()
{
    buildPanel();
    return m_panel;
}

void SignalDock::buildPanel()
{
    if (m_panel)
        return;
    m_panel = new SignalPanel(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a Tab stop with nothing to say; Tab scrolls to what it reaches
    setWidget(scroll);
    connect(m_panel, &SignalPanel::signalChanged, this, &SignalDock::signalChanged);
    connect(m_panel, &SignalPanel::deriveSeluRequested, this, &SignalDock::deriveSeluRequested);
    if (m_theme)
        m_panel->setTheme(*m_theme);
}

void SignalDock::setState(const rx::ExplorerState &state)
{
    m_state = state;
    {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(state.signal.visible);
    }
    if (state.signal.visible)
        buildPanel();
    if (isVisible() != state.signal.visible) {
        setVisible(state.signal.visible);
        if (state.signal.visible)
            QTimer::singleShot(0, this, &SignalDock::fitWidth);
    }
    if (state.signal.visible) {
        m_model.update(state);
        m_panel->setState(state, m_model);
    }
}

void SignalDock::fitWidth()
{
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!window || !m_plot || !isVisible() || isFloating() ||
        window->dockWidgetArea(this) == Qt::BottomDockWidgetArea)
        return;
    const int plot = m_plot->width();
    const int floor = window->width() * 2 / 5;
    if (m_fitted && plot >= floor)
        return;
    m_fitted = true;
    // As wide as its controls want, up to 24 lines of its font, but never taking the plot below 40% of the
    // window: at 1024 pixels beside the side panel, half would leave the dock too narrow to read.
    const int most = width() + plot - floor;
    const int cap = QFontMetrics(font()).height() * 24;
    // From the panel's own hint: the scroll area keeps the one its content had when first shown.
    const int hint = m_panel
                         ? m_panel->sizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                               (width() - widget()->width())
                         : sizeHint().width();
    const int wanted = std::max(std::min({hint, cap, most}), minimumSizeHint().width());
    window->resizeDocks({this}, {wanted}, Qt::Horizontal);
}

void SignalDock::setPresenting(bool presenting)
{
    if (presenting) {
        m_widthBeforePresenting = isVisible() && !isFloating() ? width() : 0;
        m_fitted = false;
        QTimer::singleShot(0, this, &SignalDock::fitWidth);
        if (parentWidget())
            parentWidget()->installEventFilter(this); // full screen may come later, from a window manager
        return;
    }
    if (parentWidget())
        parentWidget()->removeEventFilter(this);
    const int before = std::exchange(m_widthBeforePresenting, 0);
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (window && before > 0 && isVisible() && !isFloating())
        QTimer::singleShot(0, this,
                           [this, window, before] { window->resizeDocks({this}, {before}, Qt::Horizontal); });
}

bool SignalDock::eventFilter(QObject *watched, QEvent *event)
{
    // Installed on the window while presenting only.
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        m_fitted = false;
        QTimer::singleShot(0, this, &SignalDock::fitWidth);
    }
    return QDockWidget::eventFilter(watched, event);
}

void SignalDock::setTheme(const PlotTheme &theme)
{
    m_theme = theme;
    if (!m_panel)
        return;
    m_panel->setTheme(theme);
    m_panel->setState(m_state, m_model);
}

void SignalDock::closeEvent(QCloseEvent *event)
{
    // The dock's own close button: hiding it is a change of the state like the action.
    QDockWidget::closeEvent(event);
    if (event->isAccepted() && m_state.signal.visible)
        onVisibilityToggled(false);
}

void SignalDock::onVisibilityToggled(bool visible)
{
    rx::SignalView signal = m_state.signal;
    signal.visible = visible;
    emit signalChanged(signal);
}
