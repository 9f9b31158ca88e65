// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "presentationmode.h"

#include <chrono>

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QWidget>

namespace {

// Sliders for a projector: a thick groove in the text colour and a large handle in the highlight colour
// ringed with the text colour, so that both stand out against the window in the light and dark themes.
const char sliderStyle[] = R"(
QSlider { min-height: 44px; }
QSlider::groove:horizontal { height: 8px; border-radius: 4px; background: palette(window-text); }
QSlider::sub-page:horizontal { height: 8px; border-radius: 4px; background: palette(highlight); }
QSlider::handle:horizontal {
    width: 32px; height: 32px; margin: -14px 0; border-radius: 18px;
    background: palette(highlight); border: 4px solid palette(window-text);
}
QSlider::handle:horizontal:focus { border-color: palette(highlight); background: palette(window-text); }
)";

qint64 steadyMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, const QList<QWidget *> &hidden, QWidget *strip,
                                   QObject *parent)
    : QObject(parent), m_window(window), m_clock(steadyMilliseconds), m_strip(strip)
{
    for (QWidget *w : hidden)
        m_hidden << w;
    if (m_strip)
        m_strip->hide();
    m_hint = new QLabel(tr("Press Esc to leave the presentation"), window);
    m_hint->setObjectName(QStringLiteral("presentationHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(12);
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setStyleSheet(QStringLiteral("QLabel { background: palette(window-text); color: palette(window); "
                                         "border-radius: 10px; }"));
    auto *opacity = new QGraphicsOpacityEffect(m_hint);
    m_hint->setGraphicsEffect(opacity);
    m_hint->hide();
    m_hintTimer.setInterval(hintFrameMs);
    connect(&m_hintTimer, &QTimer::timeout, this, &PresentationMode::showHintFrame);
    window->installEventFilter(this);
}

void PresentationMode::placeHint()
{
    const QRect area = m_window->rect();
    m_hint->move(area.center().x() - m_hint->width() / 2, area.top() + area.height() / 8);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_hint->isVisible())
        placeHint(); // full screen arrives after setActive under a window manager
    return QObject::eventFilter(watched, event);
}

void PresentationMode::showHint()
{
    static_cast<QGraphicsOpacityEffect *>(m_hint->graphicsEffect())->setOpacity(1.0);
    QFont large = m_window->font();
    large.setBold(true);
    m_hint->setFont(large);
    m_hint->adjustSize();
    placeHint();
    m_hint->show();
    m_hint->raise();
    m_hintShownAt = m_clock();
    m_hintTimer.start();
}

void PresentationMode::showHintFrame()
{
    if (m_hint->isHidden()) {
        m_hintTimer.stop();
        return;
    }
    // Fully visible for hintHoldMs, then linearly transparent over hintFadeMs.
    const qint64 fading = m_clock() - m_hintShownAt - hintHoldMs;
    if (fading >= hintFadeMs) {
        m_hintTimer.stop();
        m_hint->hide();
        return;
    }
    const double opacity = fading <= 0 ? 1.0 : 1.0 - double(fading) / hintFadeMs;
    static_cast<QGraphicsOpacityEffect *>(m_hint->graphicsEffect())->setOpacity(opacity);
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
        if (m_strip) {
            // Widgets under a style sheet keep the font they were first polished with: the large size
            // is part of the sheet.
            const QString size = large.pointSizeF() > 0 ? QStringLiteral("%1pt").arg(large.pointSizeF())
                                                        : QStringLiteral("%1px").arg(large.pixelSize());
            m_stripStyle = m_strip->styleSheet();
            m_strip->setStyleSheet(m_stripStyle + QLatin1String(sliderStyle) +
                                   QStringLiteral("QWidget { font-size: %1; }").arg(size));
            m_strip->show();
        }
        m_geometry = m_window->geometry();
        m_window->setWindowState((m_windowState & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
        if (QScreen *screen = m_window->screen())
            m_window->setGeometry(screen->geometry()); // where no window manager makes it full screen
        showHint();
    } else {
        m_hintTimer.stop();
        m_hint->hide();
        if (m_strip) {
            m_strip->hide();
            m_strip->setStyleSheet(m_stripStyle);
        }
        // The normal font first, so that the panels come back at their normal size; then the layout
        // settles before the geometry is restored, or the large minimum sizes widen the window.
        if (m_fontWasSet)
            m_window->setFont(m_font);
        else
            m_window->setFont(QFont()); // back to the application's font, following it again
        for (int i = 0; i < m_hidden.size(); ++i)
            if (m_hidden[i])
                m_hidden[i]->setVisible(m_wasVisible.value(i));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (QLayout *layout = m_window->layout())
            layout->activate();
        m_window->setWindowState(m_windowState);
        if (!(m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
            m_window->setGeometry(m_geometry);
    }
    emit activeChanged(active);
}
