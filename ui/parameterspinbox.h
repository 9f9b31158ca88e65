// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QAbstractSpinBox>

#include "reluexplorer/activation.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/view.h"

/// A spin box for one numeric parameter that keeps the full double: it shows the shortest text that
/// reads back to the same bits (SELU's constants to full precision) and accepts any finite value
/// within rx::parameterLimit, written with a period or the locale's decimal separator. Arrows step by
/// the catalogue's step; typed text is committed with Enter or on leaving the box. Refused text
/// ("abc", "1e999", "0,3" in English) restores the last value and is refused in place: a red frame,
/// the reason as tool tip and accessible description until the next edit.
class ParameterSpinBox : public QAbstractSpinBox
{
    Q_OBJECT
    // Read by Qt's accessible spin box (its value interface) for screen readers.
    Q_PROPERTY(double value READ value WRITE setValueByUser)
    Q_PROPERTY(double minimum READ minimum CONSTANT)
    Q_PROPERTY(double maximum READ maximum CONSTANT)
    Q_PROPERTY(double stepSize READ stepSize CONSTANT)
public:
    ParameterSpinBox(const rx::Activation &function, std::size_t index, QWidget *parent = nullptr);

    double value() const { return m_value; }
    /// Shows value without emitting.
    void setValue(double value);
    /// Sets value as if typed and committed (emits valueEdited when it changed); for assistive tools.
    void setValueByUser(double value);
    double minimum() const;
    double maximum() const;
    double stepSize() const { return m_scale.step(); }

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QSize sizeHint() const override;

    /// Why the last typed text was refused, in the window's language; "" once accepted or edited.
    QString refusal() const { return m_refusal; }

    /// text as the core reads numbers: trimmed, the locale's decimal separator and minus sign as '.' and
    /// '-'. A comma where the locale's separator is the period stays (so the text is refused).
    static QString normalised(const QString &text, const QLocale &locale);

signals:
    /// The user changed the value (typed and committed, or stepped); only when it really changed.
    void valueEdited(double value);
    /// Typed text was refused; message says why, in the window's language, naming the parameter.
    void inputRefused(const QString &message);

protected:
    StepEnabled stepEnabled() const override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void commitText();
    void showValue();
    QString refusal(const rx::ParameterValue &parsed, const QString &typed) const;
    void showRefusal(const QString &message);
    void clearRefusal();

    const rx::Activation &m_function;
    std::size_t m_index;
    rx::SliderScale m_scale;
    double m_value = 0;
    QString m_refusal;
    QString m_toolTip; ///< The tool tip and description the refusal replaced.
    QString m_description;
};
