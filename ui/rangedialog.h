// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QDialog>

#include "reluexplorer/state.h"

class QLabel;
class QLineEdit;

/// Asks for a parameter slider's minimum and maximum ("rangeDialog.min", "rangeDialog.max"), written
/// with a period or the locale's decimal separator. OK keeps the dialog open, with the reason, while
/// the range is refused (not a number, beyond rx::parameterLimit, minimum not below maximum).
class RangeDialog : public QDialog
{
    Q_OBJECT
public:
    /// who names the parameter as the window shows it ("PReLU weight").
    RangeDialog(const QString &who, rx::SliderRange range, rx::SliderRange catalogueRange, QWidget *parent);

    rx::SliderRange range() const { return m_range; }

    void accept() override;

signals:
    void rangeChosen(rx::SliderRange range);

private:
    rx::SliderRange m_range;
    rx::SliderRange m_catalogueRange;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QLabel *m_problem = nullptr;
};
