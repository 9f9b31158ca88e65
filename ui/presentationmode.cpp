// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "presentationmode.h"

#include <QMainWindow>
#include <QScreen>
#include <QWidget>

PresentationMode::PresentationMode(QMainWindow *window, const QList<QWidget *> &hidden, QWidget *strip,
                                   QObject *parent)
    : QObject(parent), m_window(window), m_strip(strip)
{
    for (QWidget *w : hidden)
        m_hidden << w;
    if (m_strip)
        m_strip->hide();
}

rx::ExplorerState PresentationMode::stripState(const rx::ExplorerState &state)
{
    rx::ExplorerState strip = state;
    strip.shown.clear();
    const rx::Activation *selected = rx::findActivation(state.selected);
    if (selected && rx::isShown(state, selected->id) && !selected->parameters.empty())
        strip.shown = {selected->id};
    for (const rx::Activation *f : rx::shownFunctions(state))
        if (strip.shown.empty() && !f->parameters.empty())
            strip.shown = {f->id};
    return strip;
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_windowState = m_window->windowState();
        m_fontWasSet = m_window->testAttribute(Qt::WA_SetFont);
        m_font = m_window->font();
        m_wasVisible.clear();
        for (const QPointer<QWidget> &w : m_hidden) {
            m_wasVisible << (w && !w->isHidden());
            if (w)
                w->hide();
        }
        QFont large = m_font;
        if (large.pointSizeF() > 0)
            large.setPointSizeF(large.pointSizeF() * fontScale);
        else
            large.setPixelSize(qRound(large.pixelSize() * fontScale));
        m_window->setFont(large);
        if (m_strip)
            m_strip->show();
        m_geometry = m_window->saveGeometry();
        m_window->setWindowState((m_windowState & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
        if (QScreen *screen = m_window->screen())
            m_window->setGeometry(screen->geometry()); // where no window manager makes it full screen
    } else {
        if (m_strip)
            m_strip->hide();
        for (int i = 0; i < m_hidden.size(); ++i)
            if (m_hidden[i])
                m_hidden[i]->setVisible(m_wasVisible.value(i));
        if (m_fontWasSet)
            m_window->setFont(m_font);
        else
            m_window->setFont(QFont()); // back to the application's font, following it again
        m_window->setWindowState(m_windowState);
        m_window->restoreGeometry(m_geometry);
    }
    emit activeChanged(active);
}
