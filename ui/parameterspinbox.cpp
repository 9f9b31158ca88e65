// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "ui/parameterspinbox.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLineEdit>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"

ParameterSpinBox::ParameterSpinBox(const rx::Activation &function, std::size_t index, QWidget *parent)
    : QAbstractSpinBox(parent), m_function(function), m_index(index), m_scale(function.parameters.at(index)),
      m_value(function.parameters.at(index).defaultValue)
{
    setAccelerated(true);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    connect(this, &QAbstractSpinBox::editingFinished, this, &ParameterSpinBox::commitText);
    showValue();
}

void ParameterSpinBox::setValue(double value)
{
    m_value = value;
    showValue();
}

void ParameterSpinBox::setValueByUser(double value)
{
    lineEdit()->setText(QString::fromStdString(rx::formatNumber(value)));
    commitText();
}

double ParameterSpinBox::minimum() const
{
    return -rx::parameterLimit;
}

double ParameterSpinBox::maximum() const
{
    return rx::parameterLimit;
}

void ParameterSpinBox::showValue()
{
    const QString text = QString::fromStdString(rx::formatNumber(m_value));
    if (lineEdit()->text() == text)
        return;
    lineEdit()->setText(text);
    QAccessibleValueChangeEvent event(this, m_value);
    QAccessible::updateAccessibility(&event);
}

void ParameterSpinBox::commitText()
{
    const QString text = lineEdit()->text().trimmed();
    const rx::ParameterValue parsed = rx::parseParameterValue(m_function, m_index, text.toStdString());
    if (!parsed.ok()) {
        showValue();
        emit inputRefused(QString::fromStdString(parsed.error));
        return;
    }
    if (parsed.value != m_value) {
        m_value = parsed.value;
        showValue();
        emit valueEdited(m_value);
    } else {
        showValue();
    }
}

void ParameterSpinBox::stepBy(int steps)
{
    commitText();
    const double stepped = m_scale.stepped(m_value, steps);
    if (stepped == m_value)
        return;
    m_value = stepped;
    showValue();
    selectAll();
    emit valueEdited(m_value);
}

QAbstractSpinBox::StepEnabled ParameterSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_value < rx::parameterLimit)
        enabled |= StepUpEnabled;
    if (m_value > -rx::parameterLimit)
        enabled |= StepDownEnabled;
    return enabled;
}

QValidator::State ParameterSpinBox::validate(QString &input, int &) const
{
    // Anything may be on its way to a number ("1e", "-", "0x1p"); refusal happens on commit, with a message.
    for (const QChar c : input)
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('+') && c != QLatin1Char('-'))
            return QValidator::Invalid;
    const rx::ParameterValue parsed =
        rx::parseParameterValue(m_function, m_index, input.trimmed().toStdString());
    return parsed.ok() ? QValidator::Acceptable : QValidator::Intermediate;
}

void ParameterSpinBox::fixup(QString &input) const
{
    input = QString::fromStdString(rx::formatNumber(m_value));
}

void ParameterSpinBox::focusOutEvent(QFocusEvent *event)
{
    commitText();
    QAbstractSpinBox::focusOutEvent(event);
}

void ParameterSpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        showValue();
        selectAll();
        event->accept();
        return;
    }
    QAbstractSpinBox::keyPressEvent(event);
}

QSize ParameterSpinBox::sizeHint() const
{
    QSize size = QAbstractSpinBox::sizeHint();
    const QFontMetrics metrics(font());
    size.setWidth(
        std::max(size.width(), metrics.horizontalAdvance(QStringLiteral("-1.6732632423543772")) + 36));
    return size;
}
