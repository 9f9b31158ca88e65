// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "parameterspinbox.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStringList>
#include <QToolTip>

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
    connect(lineEdit(), &QLineEdit::textEdited, this, &ParameterSpinBox::clearRefusal);
    showValue();
}

void ParameterSpinBox::setValue(double value)
{
    if (value != m_value)
        clearRefusal(); // the slider, a reset or an undo moved on: the refused text is history
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

QString ParameterSpinBox::normalised(const QString &text, const QLocale &locale)
{
    QString out = text.trimmed();
    out.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign some locales (and our labels) write
    if (locale.negativeSign() != QStringLiteral("-"))
        out.replace(locale.negativeSign(), QStringLiteral("-"));
    const QString point = locale.decimalPoint();
    if (point != QStringLiteral(".") && !out.contains(QLatin1Char('.')))
        out.replace(point, QStringLiteral("."));
    return out;
}

void ParameterSpinBox::commitText()
{
    const QString typed = lineEdit()->text().trimmed();
    const QString text = normalised(typed, locale());
    const rx::ParameterValue parsed = rx::parseParameterValue(m_function, m_index, text.toStdString());
    if (!parsed.ok()) {
        showValue();
        const QString message = refusal(parsed, typed);
        showRefusal(message);
        emit inputRefused(message);
        return;
    }
    clearRefusal();
    if (parsed.value != m_value) {
        m_value = parsed.value;
        showValue();
        emit valueEdited(m_value);
    } else {
        showValue();
    }
}

QString ParameterSpinBox::refusal(const rx::ParameterValue &parsed, const QString &typed) const
{
    // The core's message is English and names the parameter as the command line does (prelu.weight).
    const rx::Parameter &p = m_function.parameters.at(m_index);
    const QString who = tr("%1 %2", "function and parameter as the window shows them: PReLU weight")
                            .arg(q(m_function.displayName), q(p.name));
    // What the user typed, on one short line (the core's copy may have been normalised).
    QString text = typed.simplified();
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    switch (parsed.problem) {
    case rx::ValueProblem::NotANumber:
        if (typed.contains(QLatin1Char(',')) && locale().decimalPoint() == QStringLiteral("."))
            return tr("%1: '%2' is not a number; write decimals with a period, as in 0.3").arg(who, text);
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

void ParameterSpinBox::showRefusal(const QString &message)
{
    if (m_refusal.isEmpty()) {
        m_toolTip = toolTip();
        m_description = accessibleDescription();
    }
    m_refusal = message;
    setToolTip(message);
    setAccessibleDescription(message);
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
    update();
}

void ParameterSpinBox::clearRefusal()
{
    if (m_refusal.isEmpty())
        return;
    m_refusal.clear();
    setToolTip(m_toolTip);
    setAccessibleDescription(m_description);
    QToolTip::hideText();
    update();
}

void ParameterSpinBox::paintEvent(QPaintEvent *event)
{
    QAbstractSpinBox::paintEvent(event);
    if (m_refusal.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Red with at least 3:1 contrast against the box in either theme.
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    painter.setPen(QPen(dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xd0, 0x10, 0x10), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
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
    // Anything may be on its way to a number ("1e", "-", "0,"); refusal happens on commit, in place and
    // with the reason: a key swallowed here would change the number silently ("0,3" becoming 3).
    const rx::ParameterValue parsed =
        rx::parseParameterValue(m_function, m_index, normalised(input, locale()).toStdString());
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
