// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QAccessibleWidget>

/// The plot for screen readers: a chart named by the widget, described by the tracer's full readout
/// (spoken when focus enters it), with one child, the tracer's point. Each step of the tracer while
/// the plot has focus moves focus to a new point named by the brief readout ("x = 1, ReLU 1, …"),
/// which screen readers speak at once; Qt 6.4 sends name and description changes to AT-SPI without
/// their text, so Orca cannot speak those.
class AccessiblePlot : public QAccessibleWidget
{
public:
    explicit AccessiblePlot(QWidget *plot);
    ~AccessiblePlot() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;

    /// Speaks brief through the focused plot widget's point; nothing when plot lacks focus.
    static void announceStep(QWidget *plot, const QString &brief);

private:
    void setPoint(const QString &brief);

    QAccessible::Id m_point = 0;
    QAccessible::Id m_previous = 0; // still queried by the screen reader for a moment
};
