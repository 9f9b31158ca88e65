// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QObject>

#include "statecommand.h"

class QUndoStack;

/// The undo history of the explorer's state. It tells gestures apart by watching the application's
/// input: a mouse press or release, a key press (not its auto-repeat) or a wheel step after a pause
/// starts a new gesture, so that a whole slider drag, pan or burst of wheel steps is one undo step.
class StateHistory : public QObject
{
    Q_OBJECT
public:
    StateHistory(StateCommand::Apply apply, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }

    /// Records before -> after as one step named text (and applies after). Consecutive records with the
    /// same non-empty mergeKey in one gesture become one step. Nothing happens when before == after.
    void record(const rx::ExplorerState &before, const rx::ExplorerState &after, const QString &text,
                const QString &mergeKey = {});

    /// Starts a new gesture: the next record does not merge with the last.
    void breakGesture() { ++m_gesture; }

    /// Wheel steps further apart than this start a new step.
    static constexpr int wheelPauseMs = 700;

    /// Milliseconds on a clock that never goes back.
    using Clock = std::function<qint64()>;
    /// Replaces the clock that times wheel pauses (by default the system's steady clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StateCommand::Apply m_apply;
    QUndoStack *m_stack = nullptr;
    quint64 m_gesture = 0;
    Clock m_clock;
    std::optional<qint64> m_lastWheel; ///< Clock time of the last wheel step.
};
