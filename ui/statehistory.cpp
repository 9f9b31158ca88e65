// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "ui/statehistory.h"

#include <utility>

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QUndoStack>

StateHistory::StateHistory(StateCommand::Apply apply, QObject *parent)
    : QObject(parent), m_apply(std::move(apply)), m_stack(new QUndoStack(this))
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
    case QEvent::Wheel:
        if (!m_lastWheel.isValid() || m_lastWheel.elapsed() > wheelPauseMs)
            ++m_gesture;
        m_lastWheel.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
