// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "afterfirstpaint.h"

#include <utility>

#include <QEvent>
#include <QMetaObject>
#include <QWidget>

void AfterFirstPaint::run(QWidget *widget, std::function<void()> work)
{
    new AfterFirstPaint(widget, std::move(work));
}

AfterFirstPaint::AfterFirstPaint(QWidget *widget, std::function<void()> work)
    : QObject(widget), m_work(std::move(work))
{
    widget->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Posted twice: the first lets the paint pass finish and flush, the second lets what that
        // pass posted go first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_work();
                        deleteLater();
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    return false;
}
