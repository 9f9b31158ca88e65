// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>
#include <utility>

#include <QRect>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "reluexplorer/state.h"

class QLabel;
class QMainWindow;
class QWidget;

/// Presentation mode for a lecture hall: full screen, the window's font scaled by fontScale, the
/// secondary panels hidden and a compact strip shown instead, its sliders large enough to see and hit
/// from a projector, and a short "Esc leaves" hint that fades; everything restored exactly on leaving.
/// The plot's own scale follows activeChanged (the window applies PlotTheme::scaled(plotScale)).
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    /// hidden: widgets to hide while presenting (their visibility is restored); strip: shown only then.
    PresentationMode(QMainWindow *window, const QList<QWidget *> &hidden, QWidget *strip,
                     QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    /// One more widget to hide while presenting.
    void hideWhilePresenting(QWidget *widget) { m_hidden << widget; }
    void setActive(bool active);

    /// What the compact strip shows: state with only the selected function shown, or the first shown
    /// function that has parameters when the selected one has none.
    static rx::ExplorerState stripState(const rx::ExplorerState &state);

    /// The "Esc leaves" hint (hidden once it has faded).
    QLabel *hint() const { return m_hint; }

    static constexpr double fontScale = 2.0;
    static constexpr double plotScale = 2.2;
    /// How long the hint stays fully visible, then how long it takes to fade, in milliseconds.
    static constexpr int hintHoldMs = 2500;
    static constexpr int hintFadeMs = 1500;
    /// Interval of the hint's frame timer while it is shown.
    static constexpr int hintFrameMs = 16;

    /// Milliseconds on a clock that never goes back.
    using Clock = std::function<qint64()>;
    /// Replaces the clock that times the hint (by default the system's steady clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Sets the hint's opacity for the clock's time now, as its frame timer does; hides it once faded.
    void showHintFrame();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHint();
    void placeHint();

    QMainWindow *m_window;
    QLabel *m_hint = nullptr;
    QTimer m_hintTimer;
    Clock m_clock;
    qint64 m_hintShownAt = 0; ///< Clock time when the hint was shown.
    QList<QPointer<QWidget>> m_hidden;
    QPointer<QWidget> m_strip;
    bool m_active = false;
    Qt::WindowStates m_windowState;
    QFont m_font;
    QRect m_geometry; // the normal geometry, restored as it was
    bool m_fontWasSet = false;
    QList<bool> m_wasVisible;
    QString m_stripStyle;
};
