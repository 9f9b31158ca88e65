// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "accessiblefactory.h"

#include <QAccessibleWidget>
#include <QLabel>
#include <QSlider>

#include "reluexplorer/numbers.h"
#include "accessiblefunctionlist.h"
#include "accessibleplot.h"
#include "functionlist.h"
#include "parametereditor.h"

namespace {

/// A parameter's slider as the parameter: value, range and step in the parameter's units.
class AccessibleParameterSlider : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    AccessibleParameterSlider(QSlider *slider, ParameterEditor *editor)
        : QAccessibleWidget(slider, QAccessible::Slider), m_editor(editor)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ValueInterface ? static_cast<QAccessibleValueInterface *>(this)
                                                   : QAccessibleWidget::interface_cast(type);
    }
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Value ? QString::fromStdString(rx::formatNumber(m_editor->value()))
                                       : QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return m_editor->value(); }
    void setCurrentValue(const QVariant &value) override { m_editor->setValueByUser(value.toDouble()); }
    QVariant maximumValue() const override { return m_editor->sliderMaximum(); }
    QVariant minimumValue() const override { return m_editor->sliderMinimum(); }
    QVariant minimumStepSize() const override { return m_editor->step(); }

private:
    ParameterEditor *m_editor;
};

/// The window's announcements (errors, refusals, confirmations): a notification that screen
/// readers speak when it is shown again with a new text (MainWindow::showMessage).
class AccessibleNotification : public QAccessibleWidget
{
public:
    explicit AccessibleNotification(QLabel *label) : QAccessibleWidget(label, QAccessible::Notification) {}

    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? static_cast<QLabel *>(widget())->text() : QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QSlider")) {
        auto *editor = qobject_cast<ParameterEditor *>(object->parent());
        if (editor && editor->slider() == object)
            return new AccessibleParameterSlider(editor->slider(), editor);
    } else if (className == QLatin1String("QCustomPlot")) {
        if (object->objectName() == QLatin1String("plot"))
            return new AccessiblePlot(static_cast<QWidget *>(object));
    } else if (className == QLatin1String("QLabel")) {
        if (object->objectName() == QLatin1String("announcement"))
            return new AccessibleNotification(static_cast<QLabel *>(object));
    } else if (className == QLatin1String("FunctionList")) {
        return new AccessibleFunctionList(static_cast<FunctionList *>(object));
    }
    return nullptr;
}

} // namespace

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}
