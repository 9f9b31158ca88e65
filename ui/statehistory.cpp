// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "statehistory.h"

#include <chrono>
#include <utility>

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QUndoStack>

StateHistory::StateHistory(StateCommand::Apply apply, QObject *parent)
    : QObject(parent), m_apply(std::move(apply)), m_stack(new QUndoStack(this)), m_clock([] {
          using namespace std::chrono;
          return static_cast<qint64>(
              duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
      })
{
    m_stack->setObjectName(QStringLiteral("undoStack"));
    m_stack->setUndoLimit(500);
    QCoreApplication::instance()->installEventFilter(this);
}

void StateHistory::record(const rx::ExplorerState &before, const rx::ExplorerState &after,
                          const QString &text, const QString &mergeKey)
{
    if (before == after)
        return;
    m_stack->push(new StateCommand(m_apply, before, after, text, mergeKey, m_gesture));
}

bool StateHistory::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        ++m_gesture;
        break;
    case QEvent::KeyPress:
        if (!static_cast<QKeyEvent *>(event)->isAutoRepeat())
            ++m_gesture;
        break;
    case QEvent::Wheel: {
        const qint64 now = m_clock();
        if (!m_lastWheel || now - *m_lastWheel > wheelPauseMs)
            ++m_gesture;
        m_lastWheel = now;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
