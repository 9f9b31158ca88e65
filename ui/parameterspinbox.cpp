// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "parameterspinbox.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringList>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "corestring.h"

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
        emit inputRefused(refusal(parsed));
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

QString ParameterSpinBox::refusal(const rx::ParameterValue &parsed) const
{
    // The core's message is English and names the parameter as the command line does (prelu.weight).
    const rx::Parameter &p = m_function.parameters.at(m_index);
    const QString who = tr("%1 %2", "function and parameter as the window shows them: PReLU weight")
                            .arg(q(m_function.displayName), q(p.name));
    const QString text = q(parsed.text);
    switch (parsed.problem) {
    case rx::ValueProblem::NotANumber:
        return tr("%1: '%2' is not a number").arg(who, text);
    case rx::ValueProblem::OutOfRange: {
        const QString limit = QString::number(rx::parameterLimit, 'f', 0); // not the core's 1e+06
        return tr("%1: '%2' is out of range; give a finite number from -%3 to %3").arg(who, text, limit);
    }
    case rx::ValueProblem::NotAChoice: {
        QStringList choices;
        for (const std::string &choice : p.choices)
            choices << q(choice);
        return tr("%1: '%2' is not a valid choice; choose one of: %3")
            .arg(who, text, choices.join(QStringLiteral(", ")));
    }
    case rx::ValueProblem::None:
        break;
    }
    return q(parsed.error);
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
