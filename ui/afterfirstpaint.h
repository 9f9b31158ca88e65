// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>

#include <QObject>

class QWidget;

/// Runs a function once, on the event loop's pass after the widget's first paint: work that the first
/// frame does not show (the window icon, which the window manager reads when it changes) then waits
/// until the window is on the screen. Deletes itself after running, or with the widget.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget *widget, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, std::function<void()> work);
    std::function<void()> m_work;
};
