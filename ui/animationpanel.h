// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>

#include <QTimer>
#include <QWidget>

#include "reluexplorer/state.h"
#include "reluexplorer/sweep.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

/// Plays a sweep of one numeric parameter of a shown function between two values: parameter, from,
/// to, seconds per sweep and loop mode, and Play/Pause (Space while the panel has focus). A timer at
/// about 60 Hz maps the time to a value with rx::sweepValue and reports each frame; the window commits
/// it as any change. The settings are controls, not part of the state. Time comes from a clock that
/// tests replace, advancing it by hand and asking for each frame.
class AnimationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnimationPanel(QWidget *parent = nullptr);

    /// Offers the numeric parameters of what state draws: the shown functions, or while a family is on
    /// its function's other parameters (with a note when there are none); stops if the animated one
    /// went away.
    void setState(const rx::ExplorerState &state);

    /// Chooses what to animate ("prelu", "weight") and between which values; false if not offered.
    bool setSweep(const QString &functionId, const QString &parameter, double from, double to);
    void setSecondsPerSweep(double seconds);
    void setMode(rx::SweepMode mode);
    double secondsPerSweep() const;
    rx::SweepMode mode() const;

    bool isPlaying() const { return m_timer.isActive(); }
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!isPlaying()); }

    /// Interval of the frame timer.
    static constexpr int frameMs = 16;

    /// Milliseconds on a clock that never goes back.
    using Clock = std::function<qint64()>;
    /// Replaces the clock (by default the system's steady clock); set it before playing.
    void setClock(Clock clock);
    /// Reports the frame for the clock's time now, as the frame timer does while playing.
    void showFrame();

signals:
    /// One frame: parameter index of functionId takes value.
    void frame(const QString &functionId, int index, double value);
    void playingChanged(bool playing);

private:
    qint64 sinceStart() const;
    void onParameterChosen();
    void restart();

    QComboBox *m_parameter = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QDoubleSpinBox *m_seconds = nullptr;
    QComboBox *m_mode = nullptr;
    QToolButton *m_play = nullptr;
    QLabel *m_note = nullptr; ///< Why nothing can be animated, when so.
    QTimer m_timer;
    Clock m_clock;
    qint64 m_startedAt = 0; ///< Clock time when playing (re)started.
    double m_phase = 0;     ///< Sweeps done when playing (re)started.
};
