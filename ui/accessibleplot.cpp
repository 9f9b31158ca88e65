// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "accessibleplot.h"

#include <QPointer>
#include <QWidget>

namespace {

class TracerPoint : public QAccessibleInterface
{
public:
    TracerPoint(QWidget *plot, const QString &name) : m_plot(plot), m_name(name) {}

    bool isValid() const override { return m_plot; }
    QObject *object() const override { return nullptr; } // events find it by its id
    QWindow *window() const override { return m_plot ? m_plot->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_plot); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override { return t == QAccessible::Name ? m_name : QString(); }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        return m_plot ? QRect(m_plot->mapToGlobal(QPoint(0, 0)), m_plot->size()) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::Client; } // no role name spoken
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.readOnly = true;
        const auto *plot = static_cast<const AccessiblePlot *>(parent());
        s.focused = m_plot && m_plot->hasFocus() && plot && plot->focusChild() == this;
        return s;
    }

private:
    QPointer<QWidget> m_plot;
    QString m_name;
};

} // namespace

AccessiblePlot::AccessiblePlot(QWidget *plot) : QAccessibleWidget(plot, QAccessible::Chart) {}

AccessiblePlot::~AccessiblePlot()
{
    for (const QAccessible::Id id : {m_point, m_previous})
        if (id)
            QAccessible::deleteAccessibleInterface(id);
}

int AccessiblePlot::childCount() const
{
    return m_point ? 1 : 0;
}

QAccessibleInterface *AccessiblePlot::child(int index) const
{
    return index == 0 && m_point ? QAccessible::accessibleInterface(m_point) : nullptr;
}

int AccessiblePlot::indexOfChild(const QAccessibleInterface *child) const
{
    return m_point && child == QAccessible::accessibleInterface(m_point) ? 0 : -1;
}

QAccessibleInterface *AccessiblePlot::focusChild() const
{
    return child(0);
}

void AccessiblePlot::setPoint(const QString &brief)
{
    if (m_previous)
        QAccessible::deleteAccessibleInterface(m_previous);
    m_previous = m_point;
    // A new object each step: screen readers speak a focus change, never a repeated focus.
    m_point = QAccessible::registerAccessibleInterface(new TracerPoint(widget(), brief));
}

void AccessiblePlot::announceStep(QWidget *plot, const QString &brief)
{
    if (!QAccessible::isActive() || !plot->hasFocus() || brief.isEmpty())
        return;
    auto *iface = dynamic_cast<AccessiblePlot *>(QAccessible::queryAccessibleInterface(plot));
    if (!iface)
        return;
    iface->setPoint(brief);
    QAccessibleEvent event(iface->child(0), QAccessible::Focus);
    QAccessible::updateAccessibility(&event);
}
