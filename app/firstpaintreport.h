// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstdio>

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QObject>

/// For the start-up benchmark (bench/startup): installed on a widget, prints "first-paint" once the
/// widget has painted (the window's first frame, flushed to the screen in the same pass) and quits.
/// Header only, so that the benchmark's bare reference window reports the same way.
class FirstPaintReport : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [] {
                    std::fputs("first-paint\n", stdout);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};
